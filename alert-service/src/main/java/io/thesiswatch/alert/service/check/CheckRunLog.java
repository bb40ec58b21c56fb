package io.thesiswatch.alert.service.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.api.CheckRunResponse;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.CheckOrigin;
import io.thesiswatch.alert.domain.CheckRun;
import io.thesiswatch.alert.domain.CheckStatus;
import io.thesiswatch.alert.mapping.AlertMapper;
import io.thesiswatch.alert.repository.CheckRunRepository;
import org.jboss.logging.Logger;

/**
 * A check's run row: written when the check starts, completed with what it found when it ends, FAILED when it
 * cannot end (or by the sweep of overdue runs, when its replica is gone).
 */
@ApplicationScoped
class CheckRunLog {

    private static final Logger LOG = Logger.getLogger(CheckRunLog.class);

    private final CheckRunRepository runs;
    private final Duration allowed;

    CheckRunLog(CheckRunRepository runs, AlertConfig config) {
        this.runs = runs;
        this.allowed = config.check().deadline();
    }

    /** A run that has started, and when it must have finished. */
    record Started(long id, Instant deadline) {
    }

    /**
     * Starts a run, first failing the runs overdue; empty when it belongs to a schedule tick that another replica
     * has claimed.
     */
    Optional<Started> start(CheckOrigin origin, Instant tick) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            runs.failOverdue(now);
            Instant deadline = now.plus(allowed);
            return runs.start(origin, tick, now, deadline).map(id -> new Started(id, deadline));
        });
    }

    /**
     * Records what the run found. A run that the sweep already marked FAILED (it passed its deadline) stays FAILED,
     * with what it found after all.
     */
    CheckRunResponse finish(long runId, CheckCounts counts) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CheckRun run = runs.findById(runId);
            String sweptProblem = run.status == CheckStatus.FAILED ? run.problem : null;
            counts.writeTo(run);
            if (sweptProblem != null) {
                run.problem = run.problem == null ? sweptProblem : sweptProblem + "; " + run.problem;
            } else {
                run.status = counts.failed() ? CheckStatus.FAILED : CheckStatus.COMPLETED;
            }
            run.finishedAt = Instant.now();
            return AlertMapper.toResponse(run);
        });
    }

    /**
     * Marks the run FAILED by this error, if the database lets it; when it does not, the sweep does so at the run's
     * deadline.
     */
    void fail(long runId, CheckCounts counts, RuntimeException error) {
        counts.fail("stopped by an error: " + (error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage()));
        try {
            finish(runId, counts);
        } catch (RuntimeException e) {
            LOG.warnf("Check %d failed (%s) and could not be marked so (%s); it will be at its deadline", runId,
                    error.getMessage(), e.getMessage());
        }
    }

    /** Marks FAILED the runs that any replica left unfinished past their deadline. */
    int failOverdue() {
        return QuarkusTransaction.requiringNew().call(() -> runs.failOverdue(Instant.now()));
    }
}
