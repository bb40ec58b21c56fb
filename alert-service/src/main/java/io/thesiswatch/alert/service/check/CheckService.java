package io.thesiswatch.alert.service.check;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.api.CheckRunResponse;
import io.thesiswatch.alert.domain.CheckOrigin;
import io.thesiswatch.alert.lifecycle.RunningJobs;
import io.thesiswatch.common.problem.ConflictException;
import org.jboss.logging.Logger;

/**
 * Runs a check of every enabled trigger, asked for or on a schedule tick, as one recorded run cut into work items
 * that every replica takes a share of. One run at a time across the cluster (the database refuses a second while
 * one runs), and a scheduled tick is checked once (its run is unique per tick).
 */
@ApplicationScoped
public class CheckService {

    private static final Logger LOG = Logger.getLogger(CheckService.class);
    /** How often a replica that waits for the end of a check it asked for looks again. */
    private static final Duration WAITING_POLL = Duration.ofMillis(200);

    private final CheckRunLog runLog;
    private final TriggerFeed feed;
    private final CheckWorker worker;
    private final RunningJobs running;

    CheckService(CheckRunLog runLog, TriggerFeed feed, CheckWorker worker, RunningJobs running) {
        this.runLog = runLog;
        this.feed = feed;
        this.worker = worker;
        this.running = running;
    }

    /**
     * Runs a check now and answers it when it has ended (or as it stands, when this service stops first, for the
     * other replicas to finish); 409 when one is running.
     */
    public CheckRunResponse runRequested() {
        CheckRunLog.Started run = runLog.start(CheckOrigin.REQUEST, null).orElseThrow(() ->
                new ConflictException("A check is already running; try again when it has finished"));
        plan(run);
        while (true) {
            worker.work();
            if (!runLog.running(run.id()) || running.stopping()) {
                return runLog.current(run.id());
            }
            if (Instant.now().isAfter(run.deadline())) {
                runLog.failOverdue();
            } else {
                pause();
            }
        }
    }

    /**
     * Starts the check of a schedule tick and takes this replica's share of it, unless another replica has the
     * tick or a check is running.
     */
    public Optional<CheckRunResponse> runScheduled(Instant tick) {
        Optional<CheckRunLog.Started> run = runLog.start(CheckOrigin.SCHEDULE, tick);
        if (run.isEmpty()) {
            LOG.infof("Scheduled check of %s skipped: another replica has this tick, or a check is running", tick);
            return Optional.empty();
        }
        plan(run.get());
        worker.work();
        return Optional.of(runLog.current(run.get().id()));
    }

    /** Takes this replica's share of a running check, if there is one (each replica polls for them). */
    public void workOnRunningChecks() {
        worker.work();
    }

    /** Marks FAILED the runs that a replica left unfinished past their deadline; answers how many. */
    public int failOverdueRuns() {
        return runLog.failOverdue();
    }

    private void plan(CheckRunLog.Started run) {
        List<UUID> boundaries;
        try {
            boundaries = feed.boundaries();
        } catch (RuntimeException e) {
            LOG.warnf("Check %d could not cut the triggers into ranges: %s", run.id(), e.toString());
            runLog.failUnplanned(run.id(), "thesis-service could not list triggers (their ranges): "
                    + Failures.describe(e));
            return;
        }
        runLog.plan(run.id(), boundaries);
    }

    private static void pause() {
        try {
            Thread.sleep(WAITING_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the check to end", e);
        }
    }
}
