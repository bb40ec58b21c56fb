package io.thesiswatch.alert.service.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.api.CheckRunResponse;
import io.thesiswatch.alert.domain.CheckOrigin;
import io.thesiswatch.alert.domain.CheckStatus;
import io.thesiswatch.alert.metrics.OperationsMetrics;
import io.thesiswatch.common.problem.ConflictException;
import org.jboss.logging.Logger;

/**
 * Runs a check of every enabled trigger, asked for or on a schedule tick: under the check lock, as one
 * recorded run. Checks never overlap, in this process or across replicas, and a scheduled tick runs on one
 * replica only (its run is unique per tick).
 */
@ApplicationScoped
public class CheckService {

    private static final Logger LOG = Logger.getLogger(CheckService.class);

    private final CheckLock lock;
    private final CheckRunLog runLog;
    private final CheckPipeline pipeline;
    private final OperationsMetrics metrics;

    CheckService(CheckLock lock, CheckRunLog runLog, CheckPipeline pipeline, OperationsMetrics metrics) {
        this.lock = lock;
        this.runLog = runLog;
        this.pipeline = pipeline;
        this.metrics = metrics;
    }

    /** Runs a check now; 409 when one is running. */
    public CheckRunResponse runRequested() {
        return run(CheckOrigin.REQUEST, null)
                .orElseThrow(() -> new IllegalStateException("a requested check always runs"));
    }

    /** Runs the check of a schedule tick, unless another replica has run it or a check is running. */
    public Optional<CheckRunResponse> runScheduled(Instant tick) {
        try {
            return run(CheckOrigin.SCHEDULE, tick);
        } catch (ConflictException e) {
            LOG.infof("Scheduled check of %s skipped: %s", tick, e.getMessage());
            return Optional.empty();
        }
    }

    /** Marks FAILED the runs that a replica left unfinished past their deadline; answers how many. */
    public int failOverdueRuns() {
        return runLog.failOverdue();
    }

    private Optional<CheckRunResponse> run(CheckOrigin origin, Instant tick) {
        return lock.holding(() -> runLog.start(origin, tick).map(run -> {
            CheckCounts counts = new CheckCounts();
            long started = System.nanoTime();
            try {
                pipeline.checkEveryTrigger(run.id(), run.deadline(), counts);
            } catch (RuntimeException e) {
                runLog.fail(run.id(), counts, e);
                metrics.checkFinished(Duration.ofNanos(System.nanoTime() - started), CheckStatus.FAILED);
                throw e;
            }
            CheckRunResponse finished = runLog.finish(run.id(), counts);
            metrics.checkFinished(Duration.ofNanos(System.nanoTime() - started), finished.status());
            return finished;
        }));
    }
}
