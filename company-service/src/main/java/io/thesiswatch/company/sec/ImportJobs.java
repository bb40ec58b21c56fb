package io.thesiswatch.company.sec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.thesiswatch.common.problem.ApiException;
import io.thesiswatch.company.config.CompanyConfig;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Imports that run in the background, so that a caller with a large file is not left waiting blind. A job and its
 * file live in the database: any replica answers for it, and it outlives the process that took it. The replica that
 * accepted it starts it at once; a sweep on every replica takes over a job whose replica died (its lease, renewed
 * at every step, passed). Imports are idempotent, so a job run again stores nothing twice; one interrupted
 * {@value #MAX_ATTEMPTS} times is FAILED.
 */
@ApplicationScoped
public class ImportJobs {

    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final SecImportService imports;
    private final ImportJobStore store;
    private final ManagedExecutor executor;
    private final Duration lease;

    public ImportJobs(SecImportService imports, ImportJobStore store, ManagedExecutor executor,
            CompanyConfig config) {
        this.imports = imports;
        this.store = store;
        this.executor = executor;
        this.lease = config.imports().lease();
    }

    public ImportJob submit(String subject, InputStream body) {
        imports.requireCompany(subject);
        byte[] file;
        try {
            file = body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportJob job = new ImportJob(UUID.randomUUID(), subject, ImportJob.Status.QUEUED, "queued", Instant.now(),
                null, null, null);
        store.insert(job, file);
        executor.runAsync(this::runDue);
        return job;
    }

    public Optional<ImportJob> find(UUID id) {
        return store.find(id);
    }

    /** Every replica looks for jobs that are queued or abandoned (their replica died). */
    @Scheduled(identity = "import-jobs", every = "{company.imports.sweep-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        runDue();
    }

    /** Runs due jobs one after another until none is left; answers how many it ran. */
    public int runDue() {
        int ran = 0;
        Optional<ImportJobStore.Claimed> claimed;
        while ((claimed = store.claimDue(Instant.now(), Instant.now().plus(lease))).isPresent()) {
            run(claimed.get());
            ran++;
        }
        return ran;
    }

    private void run(ImportJobStore.Claimed job) {
        if (job.attempts() > MAX_ATTEMPTS) {
            store.failed(job.id(), "the import was interrupted " + MAX_ATTEMPTS + " times (its replica stopped)");
            return;
        }
        try (InputStream in = new ByteArrayInputStream(job.body())) {
            ImportReport report = imports.importFacts(job.subject(), in, step -> {
                if (!store.progress(job.id(), step, Instant.now().plus(lease))) {
                    LOG.warnf("Import %s: its lease passed to another replica", job.id());
                }
            });
            store.succeeded(job.id(), report);
        } catch (ApiException e) {
            store.failed(job.id(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("Import " + job.id() + " failed", e);
            store.failed(job.id(), "the import could not be completed");
        }
    }
}
