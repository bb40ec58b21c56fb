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
    public Optional<Long> start(CheckOrigin origin, Instant scheduledFor, Instant startedAt) {
        var rows = getEntityManager().createNativeQuery("""
                        INSERT INTO check_run (origin, scheduled_for, started_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT (scheduled_for) DO NOTHING RETURNING id
                        """, Long.class)
                .setParameter(1, origin.name())
                .setParameter(2, scheduledFor)
                .setParameter(3, startedAt)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    public PanacheQuery<CheckRun> newestFirst() {
        return findAll(Sort.by("startedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending));
    }
}
