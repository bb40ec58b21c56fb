package io.thesiswatch.alert.service.check;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.api.CheckRunResponse;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.CheckOrigin;
import io.thesiswatch.alert.domain.CheckRun;
import io.thesiswatch.alert.domain.CheckStatus;
import io.thesiswatch.alert.mapping.AlertMapper;
import io.thesiswatch.alert.metrics.OperationsMetrics;
import io.thesiswatch.alert.repository.CheckItemRepository;
import io.thesiswatch.alert.repository.CheckRunRepository;

/**
 * A check's run row and its work items: the run written when the check starts, cut into items, completed with what
 * its items found by whichever replica settles the last one, or FAILED (when it cannot be cut, or by the sweep of
 * overdue runs). Each step is a transaction of its own; every run that ends here is counted in the metrics.
 */
@ApplicationScoped
class CheckRunLog {

    private final CheckRunRepository runs;
    private final CheckItemRepository items;
    private final OperationsMetrics metrics;
    private final Duration allowed;

    CheckRunLog(CheckRunRepository runs, CheckItemRepository items, OperationsMetrics metrics, AlertConfig config) {
        this.runs = runs;
        this.items = items;
        this.metrics = metrics;
        this.allowed = config.check().deadline();
    }

    /** A run that has started, and when it must have finished. */
    record Started(long id, Instant deadline) {
    }

    /**
     * Starts a run, first failing the runs overdue; empty when a run is running, or when it belongs to a schedule
     * tick that another replica has claimed.
     */
    Optional<Started> start(CheckOrigin origin, Instant tick) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            runs.failOverdue(now);
            Instant deadline = now.plus(allowed);
            return runs.start(origin, tick, now, deadline).map(id -> new Started(id, deadline));
        });
    }

    /** Cuts the run into work items at these boundaries of trigger ids, for any replica to claim. */
    void plan(long runId, List<UUID> boundaries) {
        QuarkusTransaction.requiringNew().run(() -> {
            runs.countCalls(runId, 1);
            items.plan(runId, boundaries);
        });
    }

    /** Ends a run that could not be cut into work items: FAILED, for this reason. */
    void failUnplanned(long runId, String problem) {
        QuarkusTransaction.requiringNew().run(() -> runs.failUnplanned(runId, problem, 1, Instant.now()));
        ended(runId);
    }

    /** Completes the run if its items are all settled (one replica does, the one that settles the last item). */
    void completeIfSettled(long runId) {
        if (QuarkusTransaction.requiringNew().call(() -> runs.completeIfSettled(runId, Instant.now()))) {
            ended(runId);
        }
    }

    /** Whether the run is still RUNNING (one row read, for a replica that waits for its end). */
    boolean running(long runId) {
        return QuarkusTransaction.requiringNew().call(() -> runs.findById(runId).status == CheckStatus.RUNNING);
    }

    /** The run as it stands, with the progress of each of its items. */
    CheckRunResponse current(long runId) {
        return QuarkusTransaction.requiringNew().call(() -> AlertMapper.toResponse(runs.findById(runId),
                items.ofRun(runId)));
    }

    /** Marks FAILED the runs that any replica left unfinished past their deadline. */
    int failOverdue() {
        return QuarkusTransaction.requiringNew().call(() -> runs.failOverdue(Instant.now()));
    }

    private void ended(long runId) {
        CheckRun run = QuarkusTransaction.requiringNew().call(() -> runs.findById(runId));
        metrics.checkFinished(Duration.between(run.startedAt, run.finishedAt), run.status);
    }
}
