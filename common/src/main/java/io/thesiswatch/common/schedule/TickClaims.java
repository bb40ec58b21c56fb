package io.thesiswatch.common.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Once per tick across replicas: every replica's scheduler fires on the same cron, and the first to insert the
 * tick's row runs it (the primary key decides, not timing). Rows older than a week are deleted as ticks are claimed.
 * A service that uses it has the table {@code scheduled_tick (job, tick, claimed_at)} in its own schema.
 */
@ApplicationScoped
public class TickClaims {

    private final EntityManager entityManager;

    public TickClaims(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether this replica claimed this job's tick (false: another one did). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Instant tick) {
        Instant now = Instant.now();
        entityManager.createNativeQuery("DELETE FROM scheduled_tick WHERE job = ?1 AND tick < ?2")
                .setParameter(1, job).setParameter(2, now.minus(7, ChronoUnit.DAYS)).executeUpdate();
        return entityManager.createNativeQuery("""
                        INSERT INTO scheduled_tick (job, tick, claimed_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT (job, tick) DO NOTHING
                        """)
                .setParameter(1, job)
                .setParameter(2, tick.truncatedTo(ChronoUnit.SECONDS))
                .setParameter(3, now)
                .executeUpdate() == 1;
    }
}
