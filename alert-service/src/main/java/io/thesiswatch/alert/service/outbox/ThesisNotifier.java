package io.thesiswatch.alert.service.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.client.ThesisServiceClient;
import io.thesiswatch.alert.client.ThesisWire;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.ThesisNotification;
import io.thesiswatch.alert.lifecycle.RunningJobs;
import io.thesiswatch.alert.metrics.OperationsMetrics;
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.ThesisNotificationRepository;
import org.jboss.logging.Logger;

/**
 * Sends the thesis notification outbox: reports critical events to thesis-service (idempotent there by event id),
 * retrying until it answers. Rows are claimed with a lease and reported outside any transaction, as emails are.
 */
@ApplicationScoped
public class ThesisNotifier {

    private static final Logger LOG = Logger.getLogger(ThesisNotifier.class);

    private final ThesisNotificationRepository notifications;
    private final AlertEventRepository events;
    private final ThesisServiceClient theses;
    private final AlertConfig config;
    private final RunningJobs running;
    private final OperationsMetrics metrics;

    public ThesisNotifier(ThesisNotificationRepository notifications, AlertEventRepository events,
            ThesisServiceClient theses, AlertConfig config, RunningJobs running, OperationsMetrics metrics) {
        this.metrics = metrics;
        this.notifications = notifications;
        this.events = events;
        this.theses = theses;
        this.config = config;
        this.running = running;
    }

    private record Claimed(List<ThesisNotification> rows, Map<UUID, AlertEvent> happened) {
    }

    /** Reports one batch of what is due; answers how many rows were claimed. */
    public int drain() {
        Lease lease = Lease.from(Instant.now(), config.delivery().lease());
        Claimed batch = QuarkusTransaction.requiringNew().call(() -> {
            List<ThesisNotification> due = notifications.claimDue(Instant.now(), config.delivery().batchSize(),
                    lease.token(), lease.until());
            return new Claimed(due, events.byIds(due.stream().map(n -> n.eventId).toList()));
        });
        lease.attemptEach(batch.rows(), ThesisServiceClient.LONGEST_REPORT, running::stopping, row -> {
            report(row, batch.happened().get(row.eventId));
            lease.record(() -> {
                if (notifications.settle(row)) {
                    metrics.attempted("thesis", row.status);
                } else {
                    LOG.warnf("Event %s: the lease ran out before its report was recorded", row.eventId);
                }
            }, running::stopping);
        }, left -> QuarkusTransaction.requiringNew().run(() -> notifications.release(left, lease.token(),
                Instant.now())));
        return batch.rows().size();
    }

    private void report(ThesisNotification notification, AlertEvent event) {
        try {
            theses.reportRiskEvent(notification.thesisId, new ThesisWire.RiskEvent(event.triggerId,
                    event.id.toString(), event.kind, event.severity, event.value, event.period, event.basis,
                    event.occurredAt, event.expression == null ? null : event.metricName));
            DeliveryAttempt.succeeded(notification, Instant.now());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                notification.recordAttempt(DeliveryStatus.FAILED, Instant.now(), "the thesis no longer exists", null);
            } else {
                DeliveryAttempt.failed(notification, e, Instant.now(), config.delivery());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Reporting event %s to thesis-service failed: %s", event.id, e.getMessage());
            DeliveryAttempt.failed(notification, e, Instant.now(), config.delivery());
        }
    }
}
