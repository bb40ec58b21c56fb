package io.thesiswatch.alert.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The work items of check runs (table check_item, see its migration): planned when a run starts, claimed by any
 * replica with a lease, settled by the one that holds it. Every statement here is one round trip.
 */
@ApplicationScoped
public class CheckItemRepository {

    /**
     * A range of trigger ids that a replica has claimed, until {@code leaseUntil}, under {@code token}; {@code attempt}
     * counts the claims of the item, this one included.
     */
    public record Claim(long runId, int seq, UUID after, UUID through, UUID token, Instant leaseUntil, int attempt) {
    }

    /** What evaluating an item found; {@code failed}: its triggers could not all be read. */
    public record Outcome(boolean failed, int evaluated, int fired, int resolved, int noData, int errors,
            int httpCalls, String problem) {
    }

    /** An item as GET /checks/{id} shows it. */
    public record Progress(int seq, String status, String replica, int attempts, Instant startedAt,
            Instant finishedAt, int evaluated, int fired, int resolved, int noData, int errors, String problem) {
    }

    private static final int MAX_PROBLEM_LENGTH = 1000;

    private final EntityManager entityManager;

    public CheckItemRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Cuts the run into items at these boundaries (the last id of every range but the last): boundaries b1..bn
     * make n + 1 items, up to b1, after b1 through b2, ..., after bn. Answers how many.
     */
    public int plan(long runId, List<UUID> boundaries) {
        int items = boundaries.size() + 1;
        String ends = boundaries.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        entityManager.createNativeQuery("""
                        INSERT INTO check_item (run_id, seq, after_id, through_id)
                        SELECT ?1, s, (CAST(?2 AS uuid[]))[s - 1], (CAST(?2 AS uuid[]))[s]
                        FROM generate_series(1, ?3) s""")
                .setParameter(1, runId)
                .setParameter(2, ends)
                .setParameter(3, items)
                .executeUpdate();
        entityManager.createNativeQuery("UPDATE check_run SET items = ?2 WHERE id = ?1")
                .setParameter(1, runId).setParameter(2, items).executeUpdate();
        return items;
    }

    /**
     * Claims the first item, of a running run within its deadline, that nobody holds: pending, or claimed by a
     * replica whose lease has ended. Items that another transaction is claiming are skipped, not waited for.
     */
    public Optional<Claim> claim(Instant now, Duration lease, String replica) {
        UUID token = UUID.randomUUID();
        Instant until = now.plus(lease);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        UPDATE check_item SET status = 'CLAIMED', lease_token = ?1, lease_until = ?2, replica = ?3,
                          attempts = attempts + 1, started_at = COALESCE(started_at, ?4)
                        WHERE (run_id, seq) = (
                          SELECT i.run_id, i.seq FROM check_item i JOIN check_run r ON r.id = i.run_id
                          WHERE r.status = 'RUNNING' AND r.deadline_at > ?4
                            AND (i.status = 'PENDING' OR i.status = 'CLAIMED' AND i.lease_until < ?4)
                          ORDER BY i.run_id, i.seq LIMIT 1
                          FOR UPDATE OF i SKIP LOCKED)
                        RETURNING run_id, seq, after_id, through_id, attempts""")
                .setParameter(1, token)
                .setParameter(2, until)
                .setParameter(3, replica)
                .setParameter(4, now)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Claim(((Number) row[0]).longValue(),
                ((Number) row[1]).intValue(), (UUID) row[2], (UUID) row[3], token, until,
                ((Number) row[4]).intValue()));
    }

    /**
     * Whether the claim still holds, locking the item until the transaction ends (and its run against being
     * failed meanwhile): false when the lease was taken over, the item settled, or the run ended.
     */
    public boolean lockIfHeld(Claim claim) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM check_item i JOIN check_run r ON r.id = i.run_id
                        WHERE i.run_id = ?1 AND i.seq = ?2 AND i.lease_token = ?3 AND i.status = 'CLAIMED'
                          AND r.status = 'RUNNING'
                        FOR UPDATE OF i FOR SHARE OF r""")
                .setParameter(1, claim.runId())
                .setParameter(2, claim.seq())
                .setParameter(3, claim.token())
                .getResultList().isEmpty();
    }

    /** Settles a claimed item (its lock held: {@link #lockIfHeld}) with what evaluating it found. */
    public void settle(Claim claim, Outcome outcome, Instant now) {
        String problem = outcome.problem() == null || outcome.problem().length() <= MAX_PROBLEM_LENGTH
                ? outcome.problem() : outcome.problem().substring(0, MAX_PROBLEM_LENGTH - 3) + "...";
        entityManager.createNativeQuery("""
                        UPDATE check_item SET status = ?3, lease_token = NULL, lease_until = NULL, finished_at = ?4,
                          evaluated = ?5, fired = ?6, resolved = ?7, no_data = ?8, errors = ?9, http_calls = ?10,
                          problem = ?11
                        WHERE run_id = ?1 AND seq = ?2""")
                .setParameter(1, claim.runId())
                .setParameter(2, claim.seq())
                .setParameter(3, outcome.failed() ? "FAILED" : "DONE")
                .setParameter(4, now)
                .setParameter(5, outcome.evaluated())
                .setParameter(6, outcome.fired())
                .setParameter(7, outcome.resolved())
                .setParameter(8, outcome.noData())
                .setParameter(9, outcome.errors())
                .setParameter(10, outcome.httpCalls())
                .setParameter(11, problem)
                .executeUpdate();
    }

    /** Gives a claimed item back, to be claimed again at once (by this replica or another). */
    public void giveBack(Claim claim) {
        entityManager.createNativeQuery("""
                        UPDATE check_item SET status = 'PENDING', lease_token = NULL, lease_until = NULL
                        WHERE run_id = ?1 AND seq = ?2 AND lease_token = ?3 AND status = 'CLAIMED'""")
                .setParameter(1, claim.runId())
                .setParameter(2, claim.seq())
                .setParameter(3, claim.token())
                .executeUpdate();
    }

    /** The run's items, in order. */
    public List<Progress> ofRun(long runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT seq, status, replica, attempts, started_at, finished_at, evaluated, fired, resolved,
                          no_data, errors, problem
                        FROM check_item WHERE run_id = ?1 ORDER BY seq""")
                .setParameter(1, runId)
                .getResultList();
        return rows.stream().map(row -> new Progress(((Number) row[0]).intValue(), (String) row[1],
                (String) row[2], ((Number) row[3]).intValue(), instant(row[4]), instant(row[5]),
                ((Number) row[6]).intValue(), ((Number) row[7]).intValue(), ((Number) row[8]).intValue(),
                ((Number) row[9]).intValue(), ((Number) row[10]).intValue(), (String) row[11])).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
