package io.thesiswatch.alert.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.client.ThesisApi;
import io.thesiswatch.alert.client.ThesisClient;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.ThesisNotification;
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.ThesisNotificationRepository;
import org.jboss.logging.Logger;

/** Reports critical events to thesis-service from the outbox, retrying until it answers. */
@ApplicationScoped
public class ThesisNotifier {

    private static final Logger LOG = Logger.getLogger(ThesisNotifier.class);

    private final ThesisNotificationRepository notifications;
    private final AlertEventRepository events;
    private final ThesisClient theses;
    private final AlertConfig config;

    public ThesisNotifier(ThesisNotificationRepository notifications, AlertEventRepository events, ThesisClient theses,
            AlertConfig config) {
        this.notifications = notifications;
        this.events = events;
        this.theses = theses;
        this.config = config;
    }

    public int drain() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ThesisNotification> due = notifications.lockDue(Instant.now(), config.delivery().batchSize());
            Map<UUID, AlertEvent> happened = due.isEmpty() ? Map.of()
                    : events.list("id in ?1", due.stream().map(n -> n.eventId).toList()).stream()
                            .collect(Collectors.toMap(e -> e.id, Function.identity()));
            for (ThesisNotification notification : due) {
                AlertEvent event = happened.get(notification.eventId);
                notification.attempts++;
                try {
                    theses.reportRiskEvent(notification.thesisId, new ThesisApi.RiskEvent(event.triggerId,
                            event.id.toString(), event.kind, event.severity, event.value, event.period, event.occurredAt));
                    DeliveryAttempt.succeeded(notification, Instant.now());
                } catch (WebApplicationException e) {
                    if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                        notification.recordAttempt(DeliveryStatus.FAILED, Instant.now(), "the thesis no longer exists",
                                null);
                    } else {
                        DeliveryAttempt.failed(notification, e, Instant.now(), config.delivery());
                    }
                } catch (RuntimeException e) {
                    LOG.warnf("Reporting event %s to thesis-service failed: %s", event.id, e.getMessage());
                    DeliveryAttempt.failed(notification, e, Instant.now(), config.delivery());
                }
            }
            return due.size();
        });
    }
}
