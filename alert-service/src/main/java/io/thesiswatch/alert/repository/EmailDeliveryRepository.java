package io.thesiswatch.alert.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EmailDelivery;
import io.thesiswatch.alert.domain.EmailKind;

/** The email outbox (table {@code delivery}), claimed by workers with a lease. */
@ApplicationScoped
public class EmailDeliveryRepository implements PanacheRepository<EmailDelivery> {

    /**
     * Claims due rows for immediate sending with this lease; rows another worker is claiming at this moment are
     * skipped. The row locks last only as long as the caller's (short) transaction: the lease is what keeps the
     * rows from other workers while they are sent.
     */
    @SuppressWarnings("unchecked")
    public List<EmailDelivery> claimDueImmediate(Instant now, int limit, UUID leaseToken, Instant leaseEnd) {
        List<EmailDelivery> due = getEntityManager().createNativeQuery("""
                        SELECT d.* FROM delivery d LEFT JOIN subscriber s ON s.id = d.subscriber_id
                        WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1
                          AND (d.kind <> 'ALERT' OR s.delivery = 'IMMEDIATE')
                        ORDER BY d.next_attempt_at, d.id
                        LIMIT ?2
                        FOR UPDATE OF d SKIP LOCKED
                        """, EmailDelivery.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        due.forEach(row -> row.claim(leaseToken, leaseEnd));
        return due;
    }

    /** Claims the due alert rows of DAILY subscribers with this lease, each subscriber's oldest first. */
    @SuppressWarnings("unchecked")
    public List<EmailDelivery> claimDueDigest(Instant now, UUID leaseToken, Instant leaseEnd) {
        List<EmailDelivery> due = getEntityManager().createNativeQuery("""
                        SELECT d.* FROM delivery d JOIN subscriber s ON s.id = d.subscriber_id
                        WHERE d.status = 'PENDING' AND d.kind = 'ALERT' AND s.delivery = 'DAILY'
                          AND d.next_attempt_at <= ?1
                        ORDER BY d.subscriber_id, d.id
                        FOR UPDATE OF d SKIP LOCKED
                        """, EmailDelivery.class)
                .setParameter(1, now)
                .getResultList();
        due.forEach(row -> row.claim(leaseToken, leaseEnd));
        return due;
    }

    /** Records how the attempt of a claimed row went; false when its lease has passed to another worker. */
    public boolean settle(EmailDelivery attempted) {
        return OutboxTable.DELIVERY.settle(getEntityManager(), attempted.id, attempted);
    }

    /** Gives back claimed rows that were not attempted, due again now. */
    public int release(List<EmailDelivery> claimed, UUID leaseToken, Instant now) {
        return OutboxTable.DELIVERY.release(getEntityManager(), claimed.stream().map(row -> row.id).toList(),
                leaseToken, now);
    }

    /** How many confirmation emails this subscriber was queued since then. */
    public long confirmationsSince(UUID subscriberId, Instant since) {
        return count("subscriberId = ?1 and kind = ?2 and createdAt > ?3", subscriberId, EmailKind.CONFIRMATION, since);
    }

    /** Drops this subscriber's emails that were not sent yet. */
    public void dropPending(UUID subscriberId) {
        update("status = ?1 where subscriberId = ?2 and status = ?3", DeliveryStatus.DROPPED, subscriberId,
                DeliveryStatus.PENDING);
    }

    /** This subscriber's emails in this status (each when given), newest first. */
    public PanacheQuery<EmailDelivery> newestFirst(UUID subscriberId, DeliveryStatus status) {
        EqualityFilter filter = new EqualityFilter().eq("subscriberId", subscriberId).eq("status", status);
        return find(filter.where(), Sort.by("id", Sort.Direction.Descending), filter.params());
    }
}
