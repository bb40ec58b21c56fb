package io.thesiswatch.alert.service.fanout;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.service.outbox.EmailOutbox;

/** An alert email to each follower who wants this kind and severity of event. */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {

    private final EmailOutbox outbox;

    public EmailChannel(EmailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void enqueue(List<FollowedEvent> events) {
        for (FollowedEvent followed : events) {
            AlertEvent event = followed.event();
            for (Subscriber subscriber : followed.followers()) {
                if (subscriber.wants(event.kind, event.severity)) {
                    outbox.enqueueAlert(event.id, subscriber.id);
                }
            }
        }
    }
}
