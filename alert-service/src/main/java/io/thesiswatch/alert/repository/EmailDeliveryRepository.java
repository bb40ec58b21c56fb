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

/** The email outbox (table {@code delivery}). */
@ApplicationScoped
public class EmailDeliveryRepository implements PanacheRepository<EmailDelivery> {

    /**
     * Due rows for immediate sending, locked for this transaction; rows another replica holds are skipped,
     * so that each row is sent by one worker.
     */
    @SuppressWarnings("unchecked")
    public List<EmailDelivery> lockDueImmediate(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT d.* FROM delivery d JOIN subscriber s ON s.id = d.subscriber_id
                        WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1
                          AND (d.kind = 'CONFIRMATION' OR s.delivery = 'IMMEDIATE')
                        ORDER BY d.next_attempt_at, d.id
                        LIMIT ?2
                        FOR UPDATE OF d SKIP LOCKED
                        """, EmailDelivery.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    /** Pending alert rows of DAILY subscribers, locked, oldest first. */
    @SuppressWarnings("unchecked")
    public List<EmailDelivery> lockPendingDigest(Instant now) {
        return getEntityManager().createNativeQuery("""
                        SELECT d.* FROM delivery d JOIN subscriber s ON s.id = d.subscriber_id
                        WHERE d.status = 'PENDING' AND d.kind = 'ALERT' AND s.delivery = 'DAILY'
                          AND d.next_attempt_at <= ?1
                        ORDER BY d.subscriber_id, d.id
                        FOR UPDATE OF d SKIP LOCKED
                        """, EmailDelivery.class)
                .setParameter(1, now)
                .getResultList();
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
