package io.thesiswatch.alert.service.fanout;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.service.outbox.EmailOutbox;

/**
 * An alert email to each follower who wants this kind and severity of event; recorded as SUPPRESSED instead
 * while their subscriptions are muted or the trigger is snoozed.
 */
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
            for (Follower follower : followed.followers()) {
                switch (follower.reach(event, followed.snoozed(), followed.at())) {
                    case SEND -> outbox.enqueueAlert(event.id, follower.subscriber().id);
                    case SUPPRESS -> outbox.enqueueSuppressed(event.id, follower.subscriber().id);
                    case NONE -> {
                    }
                }
            }
        }
    }
}
