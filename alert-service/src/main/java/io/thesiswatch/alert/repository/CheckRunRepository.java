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

    /**
     * Starts a run. A scheduled run claims its tick: when another replica claimed it first, nothing is
     * inserted and the answer is empty.
     */
    public Optional<Long> start(CheckOrigin origin, Instant scheduledFor, Instant startedAt, Instant deadline) {
        var rows = getEntityManager().createNativeQuery("""
                        INSERT INTO check_run (origin, scheduled_for, started_at, status, deadline_at)
                        VALUES (?1, ?2, ?3, 'RUNNING', ?4)
                        ON CONFLICT (scheduled_for) DO NOTHING RETURNING id
                        """, Long.class)
                .setParameter(1, origin.name())
                .setParameter(2, scheduledFor)
                .setParameter(3, startedAt)
                .setParameter(4, deadline)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /**
     * Marks FAILED the runs still unfinished at their deadline (their replica died, lost the database, or is
     * stuck); answers how many.
     */
    public int failOverdue(Instant now) {
        return getEntityManager().createNativeQuery("""
                        UPDATE check_run SET status = 'FAILED', finished_at = ?1,
                          problem = LEFT(COALESCE(problem || '; ', '') || 'did not finish by its deadline', 2000)
                        WHERE status = 'RUNNING' AND deadline_at < ?1
                        """)
                .setParameter(1, now)
                .executeUpdate();
    }

    public PanacheQuery<CheckRun> newestFirst() {
        return findAll(Sort.by("startedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending));
    }
}
