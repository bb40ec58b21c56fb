package io.thesiswatch.alert.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EmailDelivery;
import io.thesiswatch.alert.domain.EmailKind;
import io.thesiswatch.alert.domain.Subscriber;

/** The email outbox (table {@code delivery}), claimed by workers with a lease. */
@ApplicationScoped
public class EmailDeliveryRepository implements PanacheRepository<EmailDelivery> {

    /** The kinds of row that tell of an alert event. */
    public static final List<EmailKind> ALERTS = List.of(EmailKind.ALERT, EmailKind.REMINDER);

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
                          AND (d.kind NOT IN ('ALERT', 'REMINDER') OR (s.delivery = 'IMMEDIATE' AND NOT d.in_digest))
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

    /**
     * The subscribers with alerts waiting for a digest: DAILY subscribers', and immediate ones' beyond their daily
     * cap.
     */
    @SuppressWarnings("unchecked")
    public List<Subscriber> awaitingDigest(Instant now) {
        return getEntityManager().createNativeQuery("""
                        SELECT s.* FROM subscriber s WHERE EXISTS (
                          SELECT 1 FROM delivery d WHERE d.subscriber_id = s.id AND d.status = 'PENDING'
                            AND d.kind IN ('ALERT', 'REMINDER') AND (s.delivery = 'DAILY' OR d.in_digest)
                            AND d.next_attempt_at <= ?1)
                        ORDER BY s.id
                        """, Subscriber.class)
                .setParameter(1, now)
                .getResultList();
    }

    /** Claims the due digest rows of these subscribers with this lease, each subscriber's oldest first. */
    @SuppressWarnings("unchecked")
    public List<EmailDelivery> claimDueDigest(Instant now, Collection<UUID> subscriberIds, UUID leaseToken,
            Instant leaseEnd) {
        if (subscriberIds.isEmpty()) {
            return List.of();
        }
        List<EmailDelivery> due = getEntityManager().createNativeQuery("""
                        SELECT d.* FROM delivery d JOIN subscriber s ON s.id = d.subscriber_id
                        WHERE d.status = 'PENDING' AND d.kind IN ('ALERT', 'REMINDER')
                          AND (s.delivery = 'DAILY' OR d.in_digest)
                          AND d.next_attempt_at <= ?1 AND d.subscriber_id IN (?2)
                        ORDER BY d.subscriber_id, d.id
                        FOR UPDATE OF d SKIP LOCKED
                        """, EmailDelivery.class)
                .setParameter(1, now)
                .setParameter(2, subscriberIds)
                .getResultList();
        due.forEach(row -> row.claim(leaseToken, leaseEnd));
        return due;
    }

    /** When each of these subscribers was sent immediate alert emails since then (not digests). */
    public Map<UUID, List<Instant>> immediateAlertsSentSince(Collection<UUID> subscriberIds, Instant since) {
        if (subscriberIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                        select d.subscriberId, d.sentAt from EmailDelivery d
                        where d.subscriberId in ?1 and d.status = ?2 and d.kind in ?3 and d.inDigest = false
                          and d.sentAt >= ?4
                        """, Object[].class)
                .setParameter(1, subscriberIds)
                .setParameter(2, DeliveryStatus.SENT)
                .setParameter(3, ALERTS)
                .setParameter(4, since)
                .getResultList();
        Map<UUID, List<Instant>> sent = new HashMap<>();
        rows.forEach(row -> sent.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((Instant) row[1]));
        return sent;
    }

    /** Moves a claimed alert beyond its subscriber's daily cap into their next digest; false when the lease passed. */
    public boolean moveToDigest(EmailDelivery claimed, Instant now) {
        return getEntityManager().createNativeQuery("""
                        UPDATE delivery SET in_digest = true, attempts = attempts - 1, next_attempt_at = ?1,
                          lease_token = NULL
                        WHERE id = ?2 AND lease_token = ?3
                        """)
                .setParameter(1, now)
                .setParameter(2, claimed.id)
                .setParameter(3, claimed.leaseToken)
                .executeUpdate() == 1;
    }

    /** The suppressed alert rows of the latest event of each of these triggers, when that event is a FIRED one. */
    @SuppressWarnings("unchecked")
    public List<EmailDelivery> suppressedOfLatestFired(Collection<UUID> triggerIds) {
        return getEntityManager().createNativeQuery("""
                        SELECT d.* FROM delivery d JOIN alert_event e ON e.id = d.event_id
                        WHERE d.status = 'SUPPRESSED' AND e.kind = 'FIRED' AND e.trigger_id IN (?1)
                          AND NOT EXISTS (SELECT 1 FROM alert_event later
                                          WHERE later.trigger_id = e.trigger_id AND later.occurred_at > e.occurred_at)
                        ORDER BY d.id
                        """, EmailDelivery.class)
                .setParameter(1, triggerIds)
                .getResultList();
    }

    /** Records how the attempt of a claimed row went; false when its lease has passed to another worker. */
    public boolean settle(EmailDelivery attempted) {
        return OutboxTable.DELIVERY.settle(getEntityManager(), attempted.id, attempted);
    }

    /** Gives back claimed rows that were not attempted, due again at {@code due}. */
    public int release(List<EmailDelivery> claimed, UUID leaseToken, Instant due) {
        return OutboxTable.DELIVERY.release(getEntityManager(), claimed.stream().map(row -> row.id).toList(),
                leaseToken, due);
    }

    /** How many emails answering sign-ups (confirmations, known-address notes) this subscriber was queued since. */
    public long signUpEmailsSince(UUID subscriberId, Instant since) {
        return count("subscriberId = ?1 and kind in ?2 and createdAt > ?3", subscriberId,
                List.of(EmailKind.CONFIRMATION, EmailKind.KNOWN_ADDRESS), since);
    }

    /** Erasure: their emails not sent (or held back) are dropped, and past errors that may quote them go. */
    public void forget(UUID subscriberId) {
        update("status = ?1 where subscriberId = ?2 and status in ?3", DeliveryStatus.DROPPED, subscriberId,
                List.of(DeliveryStatus.PENDING, DeliveryStatus.SUPPRESSED));
        update("lastError = null where subscriberId = ?1", subscriberId);
    }

    /** Drops this subscriber's emails that were not sent yet. */
    public void dropPending(UUID subscriberId) {
        update("status = ?1 where subscriberId = ?2 and status = ?3", DeliveryStatus.DROPPED, subscriberId,
                DeliveryStatus.PENDING);
    }

    /** This subscriber's alert emails in this status, newest first, before the row {@code before} (when given). */
    public List<EmailDelivery> alertsOf(UUID subscriberId, DeliveryStatus status, Long before, int limit) {
        return find("subscriberId = ?1 and kind in ?2 and status = ?3 and id < ?4", Sort.descending("id"),
                subscriberId, ALERTS, status, before == null ? Long.MAX_VALUE : before).page(0, limit).list();
    }

    /** This subscriber's emails in this status (each when given), newest first. */
    public PanacheQuery<EmailDelivery> newestFirst(UUID subscriberId, DeliveryStatus status) {
        EqualityFilter filter = new EqualityFilter().eq("subscriberId", subscriberId).eq("status", status);
        return find(filter.where(), Sort.by("id", Sort.Direction.Descending), filter.params());
    }
}
