package io.thesiswatch.company.sec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.common.problem.ApiException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Imports that run in the background, so that a caller with a large file is not left waiting blind: the
 * body is spooled to a temporary file, imported by a worker, and the job reports its progress. Jobs are
 * kept in memory (a restart forgets them; the data they stored stays).
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();
    private final SecImportService imports;
    private final ManagedExecutor executor;

    public ImportJobs(SecImportService imports, ManagedExecutor executor) {
        this.imports = imports;
        this.executor = executor;
    }

    public ImportJob submit(String subject, InputStream body) {
        imports.requireCompany(subject);
        Path spool;
        try {
            spool = Files.createTempFile("companyfacts-", ".json");
            Files.copy(body, spool, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportJob job = new ImportJob(UUID.randomUUID(), subject, ImportJob.Status.QUEUED, "queued", Instant.now(),
                null, null, null);
        jobs.put(job.id(), job);
        executor.runAsync(() -> run(job.id(), subject, spool));
        return job;
    }

    public Optional<ImportJob> find(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(UUID id, String subject, Path spool) {
        try (InputStream in = Files.newInputStream(spool)) {
            ImportReport report = imports.importFacts(subject, in,
                    step -> jobs.computeIfPresent(id, (k, job) -> job.with(ImportJob.Status.RUNNING, step)));
            jobs.computeIfPresent(id, (k, job) -> job.succeeded(report));
        } catch (ApiException e) {
            jobs.computeIfPresent(id, (k, job) -> job.failed(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            LOG.error("Import " + id + " failed", e);
            jobs.computeIfPresent(id, (k, job) -> job.failed("the import could not be completed"));
        } finally {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                LOG.warnf("Could not delete %s", spool);
            }
        }
    }
}
