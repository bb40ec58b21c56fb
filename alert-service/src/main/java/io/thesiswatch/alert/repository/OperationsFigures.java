package io.thesiswatch.alert.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * What the database says about the health of alerting, read in two statements: the same figures on every replica,
 * since they are the cluster's, not one process'.
 */
@ApplicationScoped
public class OperationsFigures {

    /** The outboxes by the channel name the metrics give them. */
    public static final List<String> CHANNELS = List.of("email", "webhook", "thesis");

    /**
     * The figures of one moment. {@code lastSuccessfulCheck} is epoch seconds (0 before the first). Per channel:
     * pending rows, rows FAILED for good, and how long the most overdue due row has waited past its due time (0 when
     * none is due): rows held on purpose (quiet hours, a retry's backoff, digests) are not overdue.
     */
    public record Snapshot(double lastSuccessfulCheck, Map<String, Long> pending, Map<String, Long> failed,
            Map<String, Double> overdueSeconds, Map<String, Long> triggersByState, Map<String, Long> openItems) {

        public static final Snapshot EMPTY = new Snapshot(0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The states of the work items of a running check that are not settled yet. */
    public static final List<String> OPEN_ITEM_STATES = List.of("PENDING", "CLAIMED");

    private final EntityManager entityManager;

    public OperationsFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Snapshot read() {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT
                  (SELECT COALESCE(EXTRACT(EPOCH FROM max(finished_at)), 0) FROM check_run WHERE status = 'COMPLETED'),
                  (SELECT count(*) FROM delivery WHERE status = 'PENDING'),
                  (SELECT count(*) FROM delivery WHERE status = 'FAILED'),
                  (SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(d.next_attempt_at)), 0)
                     FROM delivery d LEFT JOIN subscriber s ON s.id = d.subscriber_id
                    WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
                      AND NOT (d.kind IN ('ALERT', 'REMINDER') AND (d.in_digest OR s.delivery = 'DAILY'))),
                  (SELECT count(*) FROM webhook_delivery WHERE status = 'PENDING'),
                  (SELECT count(*) FROM webhook_delivery WHERE status = 'FAILED'),
                  (SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(next_attempt_at)), 0) FROM webhook_delivery
                    WHERE status = 'PENDING' AND next_attempt_at <= now()),
                  (SELECT count(*) FROM thesis_notification WHERE status = 'PENDING'),
                  (SELECT count(*) FROM thesis_notification WHERE status = 'FAILED'),
                  (SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(next_attempt_at)), 0) FROM thesis_notification
                    WHERE status = 'PENDING' AND next_attempt_at <= now())
                """).getSingleResult();
        Map<String, Long> pending = new HashMap<>();
        Map<String, Long> failed = new HashMap<>();
        Map<String, Double> overdue = new HashMap<>();
        for (int i = 0; i < CHANNELS.size(); i++) {
            pending.put(CHANNELS.get(i), ((Number) row[1 + 3 * i]).longValue());
            failed.put(CHANNELS.get(i), ((Number) row[2 + 3 * i]).longValue());
            overdue.put(CHANNELS.get(i), Math.max(0, ((Number) row[3 + 3 * i]).doubleValue()));
        }
        Map<String, Long> states = new HashMap<>();
        Map<String, Long> openItems = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = entityManager.createNativeQuery("""
                SELECT 'state', state, count(*) FROM trigger_state GROUP BY state
                UNION ALL
                SELECT 'item', i.status, count(*) FROM check_item i JOIN check_run r ON r.id = i.run_id
                WHERE r.status = 'RUNNING' AND i.status IN ('PENDING', 'CLAIMED') GROUP BY i.status""")
                .getResultList();
        counts.forEach(count -> ("state".equals(count[0]) ? states : openItems)
                .put((String) count[1], ((Number) count[2]).longValue()));
        return new Snapshot(((Number) row[0]).doubleValue(), pending, failed, overdue, states, openItems);
    }
}
