package io.thesiswatch.company.sec;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The table of import jobs: each statement in a transaction of its own, so that progress is seen at once. */
@ApplicationScoped
public class ImportJobStore {

    /** A job a replica has claimed: what it imports, under a lease. */
    public record Claimed(UUID id, String subject, byte[] body, int attempts) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public ImportJobStore(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(ImportJob job, byte[] body) {
        entityManager.createNativeQuery("""
                        INSERT INTO import_job (id, subject, status, progress, submitted_at, body)
                        VALUES (?1, ?2, 'QUEUED', ?3, ?4, ?5)""")
                .setParameter(1, job.id()).setParameter(2, job.subject()).setParameter(3, job.progress())
                .setParameter(4, job.submittedAt()).setParameter(5, body).executeUpdate();
    }

    /**
     * Claims the oldest job that is queued, or whose replica's lease has passed (it died), for this lease; empty
     * when none is due. Replicas claiming together skip each other's rows.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claimDue(Instant now, Instant leaseUntil) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        UPDATE import_job SET status = 'RUNNING', lease_until = ?2, attempts = attempts + 1
                        WHERE id = (SELECT id FROM import_job
                                    WHERE status IN ('QUEUED', 'RUNNING') AND (lease_until IS NULL OR lease_until < ?1)
                                    ORDER BY submitted_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING id, subject, body, attempts""")
                .setParameter(1, now).setParameter(2, leaseUntil).getResultList();
        return rows.stream().findFirst().map(row -> new Claimed((UUID) row[0], (String) row[1], (byte[]) row[2],
                ((Number) row[3]).intValue()));
    }

    /** Records a step and keeps the lease alive; false when the lease has passed to another replica. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean progress(UUID id, String step, Instant leaseUntil) {
        return entityManager.createNativeQuery("""
                        UPDATE import_job SET progress = ?2, lease_until = ?3
                        WHERE id = ?1 AND status = 'RUNNING'""")
                .setParameter(1, id).setParameter(2, truncate(step, 300)).setParameter(3, leaseUntil)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(UUID id, ImportReport report) {
        String written;
        try {
            written = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entityManager.createNativeQuery("""
                        UPDATE import_job SET status = 'SUCCEEDED', progress = 'done', report = ?2, finished_at = ?3,
                          body = NULL, lease_until = NULL
                        WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, written).setParameter(3, Instant.now()).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID id, String why) {
        entityManager.createNativeQuery("""
                        UPDATE import_job SET status = 'FAILED', error = ?2, finished_at = ?3, body = NULL,
                          lease_until = NULL
                        WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, truncate(why, 2000)).setParameter(3, Instant.now())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ImportJob> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, subject, status, progress, submitted_at, finished_at, report, error
                        FROM import_job WHERE id = ?1""")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(this::job);
    }

    private ImportJob job(Object[] row) {
        ImportReport report;
        try {
            report = row[6] == null ? null : json.readValue((String) row[6], ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new ImportJob((UUID) row[0], (String) row[1], ImportJob.Status.valueOf((String) row[2]),
                (String) row[3], instant(row[4]), instant(row[5]), report, (String) row[7]);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
