package io.thesiswatch.alert.service.fanout;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.service.outbox.ThesisNotificationOutbox;
import io.thesiswatch.contract.Severity;

/** thesis-service hears of every CRITICAL event (a fired one puts an active thesis at risk), whoever follows it. */
@ApplicationScoped
public class ThesisNotificationChannel implements DeliveryChannel {

    private final ThesisNotificationOutbox outbox;

    public ThesisNotificationChannel(ThesisNotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void enqueue(List<FollowedEvent> events) {
        for (FollowedEvent followed : events) {
            AlertEvent event = followed.event();
            if (event.severity == Severity.CRITICAL) {
                outbox.enqueue(event.id, event.thesisId);
            }
        }
    }
}
