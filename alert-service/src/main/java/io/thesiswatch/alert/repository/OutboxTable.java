package io.thesiswatch.alert.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.thesiswatch.alert.domain.OutboxRow;

/**
 * The statements that every outbox table shares, each conditional on the lease: a worker settles or releases a row
 * only while it still holds it, so that a worker whose lease ran out never overwrites what the next one did.
 */
final class OutboxTable {

    static final OutboxTable DELIVERY = new OutboxTable("delivery", "id");
    static final OutboxTable THESIS_NOTIFICATION = new OutboxTable("thesis_notification", "event_id");
    static final OutboxTable WEBHOOK_DELIVERY = new OutboxTable("webhook_delivery", "id");

    private final String claim;
    private final String settle;
    private final String release;

    private OutboxTable(String table, String idColumn) {
        this.claim = "SELECT * FROM " + table + " WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                + " ORDER BY next_attempt_at, " + idColumn + " LIMIT ?2 FOR UPDATE SKIP LOCKED";
        this.settle = "UPDATE " + table + " SET status = ?1, next_attempt_at = ?2, last_error = ?3, sent_at = ?4,"
                + " lease_token = NULL WHERE " + idColumn + " = ?5 AND lease_token = ?6";
        this.release = "UPDATE " + table + " SET next_attempt_at = ?1, attempts = attempts - 1, lease_token = NULL"
                + " WHERE " + idColumn + " IN (?2) AND lease_token = ?3";
    }

    /**
     * Claims due rows with this lease, oldest due first, skipping rows another worker is claiming at this moment;
     * the row locks last as long as the caller's (short) transaction, the lease beyond it.
     */
    @SuppressWarnings("unchecked")
    <T extends OutboxRow> List<T> claimDue(EntityManager entityManager, Class<T> rows, Instant now, int limit,
            UUID leaseToken, Instant leaseEnd) {
        List<T> due = entityManager.createNativeQuery(claim, rows)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        due.forEach(row -> row.claim(leaseToken, leaseEnd));
        return due;
    }

    /** Writes the outcome of the row's attempt; false when its lease has passed to another worker. */
    boolean settle(EntityManager entityManager, Object id, OutboxRow attempted) {
        return entityManager.createNativeQuery(settle)
                .setParameter(1, attempted.status.name())
                .setParameter(2, attempted.nextAttemptAt)
                .setParameter(3, attempted.lastError)
                .setParameter(4, attempted.sentAt)
                .setParameter(5, id)
                .setParameter(6, attempted.leaseToken)
                .executeUpdate() == 1;
    }

    /** Gives back rows claimed and not attempted: due now, their claim's attempt not counted. */
    int release(EntityManager entityManager, Collection<?> ids, UUID leaseToken, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return entityManager.createNativeQuery(release)
                .setParameter(1, now)
                .setParameter(2, ids)
                .setParameter(3, leaseToken)
                .executeUpdate();
    }
}
