package io.thesiswatch.alert.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.thesiswatch.alert.domain.CheckStatus;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.alert.repository.OperationsFigures;

/**
 * The figures an operator watches, on /q/metrics as {@code thesiswatch_*}: check duration and its outcome, the
 * last successful check, triggers per state, the running check's open work items, and per outbox channel the rows
 * pending, overdue and failed, and the outcome of every attempt. The database figures are the cluster's: a refresh
 * reads them every few seconds (one snapshot, two statements), so a scrape never waits for the database.
 */
@Startup
@ApplicationScoped
public class OperationsMetrics {

    private final MeterRegistry registry;
    private final OperationsFigures figures;
    private final AtomicReference<OperationsFigures.Snapshot> snapshot =
            new AtomicReference<>(OperationsFigures.Snapshot.EMPTY);

    public OperationsMetrics(MeterRegistry registry, OperationsFigures figures) {
        this.registry = registry;
        this.figures = figures;
        Gauge.builder("thesiswatch.check.last.success.timestamp", snapshot, s -> s.get().lastSuccessfulCheck())
                .description("When the latest check that completed finished (epoch seconds; 0 before the first)")
                .baseUnit("seconds").register(registry);
        for (TriggerCondition state : TriggerCondition.values()) {
            Gauge.builder("thesiswatch.triggers", snapshot,
                            s -> s.get().triggersByState().getOrDefault(state.name(), 0L))
                    .description("Triggers in each state, as the latest checks left them")
                    .tag("state", state.name()).register(registry);
        }
        for (String status : OperationsFigures.OPEN_ITEM_STATES) {
            Gauge.builder("thesiswatch.check.items", snapshot, s -> s.get().openItems().getOrDefault(status, 0L))
                    .description("Work items of the running check not settled yet: PENDING (nobody holds them) or "
                            + "CLAIMED (a replica evaluates them)")
                    .tag("status", status).register(registry);
        }
        for (String channel : OperationsFigures.CHANNELS) {
            Gauge.builder("thesiswatch.outbox.pending", snapshot, s -> s.get().pending().getOrDefault(channel, 0L))
                    .description("Outbox rows not sent yet").tag("channel", channel).register(registry);
            Gauge.builder("thesiswatch.outbox.failed", snapshot, s -> s.get().failed().getOrDefault(channel, 0L))
                    .description("Outbox rows given up on after every attempt failed").tag("channel", channel)
                    .register(registry);
            Gauge.builder("thesiswatch.outbox.overdue", snapshot,
                            s -> s.get().overdueSeconds().getOrDefault(channel, 0.0))
                    .description("How long the most overdue due row has waited past its due time (0: none); rows "
                            + "held on purpose (quiet hours, backoff, digests) are not due")
                    .baseUnit("seconds").tag("channel", channel).register(registry);
        }
    }

    /** Reads the database's figures again; a failed read keeps the last ones (and the next refresh tries again). */
    public void refresh() {
        snapshot.set(QuarkusTransaction.requiringNew().call(figures::read));
    }

    public void checkFinished(Duration took, CheckStatus status) {
        Timer.builder("thesiswatch.check.duration").description("How long checks take, by how they ended")
                .tag("status", status.name()).register(registry).record(took);
    }

    /** One outbox attempt settled: sent, to be retried, failed for good, or dropped. */
    public void attempted(String channel, DeliveryStatus outcome) {
        String result = switch (outcome) {
            case SENT -> "sent";
            case PENDING -> "retry";
            case FAILED -> "failed";
            case DROPPED, SUPPRESSED -> "dropped";
        };
        Counter.builder("thesiswatch.outbox.attempts").description("Outbox attempts by channel and outcome")
                .tag("channel", channel).tag("result", result).register(registry).increment();
    }
}
