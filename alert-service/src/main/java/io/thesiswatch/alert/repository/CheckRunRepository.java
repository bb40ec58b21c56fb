package io.thesiswatch.alert.repository;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.alert.domain.CheckOrigin;
import io.thesiswatch.alert.domain.CheckRun;

@ApplicationScoped
public class CheckRunRepository implements PanacheRepository<CheckRun> {

    /** Per run: its items' totals, how many FAILED, how many still open, and their problems in order. */
    private static final String ITEM_TOTALS = """
            SELECT run_id, sum(evaluated) AS evaluated, sum(fired) AS fired, sum(resolved) AS resolved,
              sum(no_data) AS no_data, sum(errors) AS errors, sum(http_calls) AS http_calls,
              count(*) FILTER (WHERE status = 'FAILED') AS failed,
              count(*) FILTER (WHERE status IN ('PENDING', 'CLAIMED')) AS open,
              string_agg(problem, '; ' ORDER BY seq) AS problems
            FROM check_item WHERE run_id IN (%s) GROUP BY run_id""";

    /** Sets a run's figures from its items' totals {@code t} (a run without items keeps its own). */
    private static final String FIGURES_FROM_ITEMS = """
            evaluated = COALESCE(t.evaluated, 0), fired = COALESCE(t.fired, 0), resolved = COALESCE(t.resolved, 0),
            no_data = COALESCE(t.no_data, 0), errors = COALESCE(t.errors, 0),
            http_calls = r.http_calls + COALESCE(t.http_calls, 0)""";

    /**
     * Starts a run, unless one is running (one at a time across the cluster) or, for a scheduled run, another
     * replica has claimed its tick: then nothing is inserted and the answer is empty.
     */
    public Optional<Long> start(CheckOrigin origin, Instant scheduledFor, Instant startedAt, Instant deadline) {
        var rows = getEntityManager().createNativeQuery("""
                        INSERT INTO check_run (origin, scheduled_for, started_at, status, deadline_at)
                        VALUES (?1, ?2, ?3, 'RUNNING', ?4)
                        ON CONFLICT DO NOTHING RETURNING id
                        """, Long.class)
                .setParameter(1, origin.name())
                .setParameter(2, scheduledFor)
                .setParameter(3, startedAt)
                .setParameter(4, deadline)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /**
     * Completes the run if every one of its items is settled: COMPLETED, or FAILED when an item could not read its
     * triggers, with the items' totals and problems. Answers whether this call completed it (only one does).
     */
    public boolean completeIfSettled(long runId, Instant now) {
        return getEntityManager().createNativeQuery("""
                        UPDATE check_run r SET status = CASE WHEN t.failed > 0 THEN 'FAILED' ELSE 'COMPLETED' END,
                          finished_at = ?2, %s,
                          problem = LEFT(NULLIF(concat_ws('; ', r.problem, t.problems), ''), 2000)
                        FROM (%s) t
                        WHERE r.id = t.run_id AND r.status = 'RUNNING' AND r.items IS NOT NULL AND t.open = 0
                        """.formatted(FIGURES_FROM_ITEMS, ITEM_TOTALS.formatted("?1")))
                .setParameter(1, runId)
                .setParameter(2, now)
                .executeUpdate() == 1;
    }

    /** Ends a run that could not be cut into items: FAILED, for this reason. */
    public void failUnplanned(long runId, String problem, int httpCalls, Instant now) {
        getEntityManager().createNativeQuery("""
                        UPDATE check_run SET status = 'FAILED', finished_at = ?2, items = 0, http_calls = ?4,
                          problem = LEFT(?3, 2000)
                        WHERE id = ?1 AND status = 'RUNNING'""")
                .setParameter(1, runId)
                .setParameter(2, now)
                .setParameter(3, problem)
                .setParameter(4, httpCalls)
                .executeUpdate();
    }

    /**
     * Marks FAILED the runs still unfinished at their deadline (items left that no replica finished in time), with
     * what their settled items found; answers how many.
     */
    public int failOverdue(Instant now) {
        return getEntityManager().createNativeQuery("""
                        UPDATE check_run r SET status = 'FAILED', finished_at = ?1, %s,
                          problem = LEFT(concat_ws('; ', r.problem, t.problems, 'did not finish by its deadline'),
                            2000)
                        FROM check_run o LEFT JOIN (%s) t ON t.run_id = o.id
                        WHERE r.id = o.id AND o.status = 'RUNNING' AND o.deadline_at < ?1
                        """.formatted(FIGURES_FROM_ITEMS, ITEM_TOTALS.formatted(
                        "SELECT id FROM check_run WHERE status = 'RUNNING'")))
                .setParameter(1, now)
                .executeUpdate();
    }

    /** The run's planning call counts among its HTTP calls. */
    public void countCalls(long runId, int calls) {
        getEntityManager().createNativeQuery("UPDATE check_run SET http_calls = http_calls + ?2 WHERE id = ?1")
                .setParameter(1, runId).setParameter(2, calls).executeUpdate();
    }

    public PanacheQuery<CheckRun> newestFirst() {
        return findAll(Sort.by("startedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending));
    }
}
