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
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.ThesisNotificationRepository;
import org.jboss.logging.Logger;

/** Sends the thesis notification outbox: reports critical events to thesis-service, retrying until it answers. */
@ApplicationScoped
public class ThesisNotifier {

    private static final Logger LOG = Logger.getLogger(ThesisNotifier.class);

    private final ThesisNotificationRepository notifications;
    private final AlertEventRepository events;
    private final ThesisServiceClient theses;
    private final AlertConfig config;

    public ThesisNotifier(ThesisNotificationRepository notifications, AlertEventRepository events,
            ThesisServiceClient theses, AlertConfig config) {
        this.notifications = notifications;
        this.events = events;
        this.theses = theses;
        this.config = config;
    }

    public int drain() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ThesisNotification> due = notifications.lockDue(Instant.now(), config.delivery().batchSize());
            Map<UUID, AlertEvent> happened = events.byIds(due.stream().map(n -> n.eventId).toList());
            for (ThesisNotification notification : due) {
                report(notification, happened.get(notification.eventId));
            }
            return due.size();
        });
    }

    private void report(ThesisNotification notification, AlertEvent event) {
        notification.attempts++;
        try {
            theses.reportRiskEvent(notification.thesisId, new ThesisWire.RiskEvent(event.triggerId,
                    event.id.toString(), event.kind, event.severity, event.value, event.period, event.basis,
                    event.occurredAt));
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
