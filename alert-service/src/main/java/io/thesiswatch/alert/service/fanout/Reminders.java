package io.thesiswatch.alert.service.fanout;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EmailDelivery;
import io.thesiswatch.alert.domain.EmailKind;
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.EmailDeliveryRepository;
import io.thesiswatch.alert.repository.SubscriptionRepository;

/**
 * Muting is not blindness: an alert held back while a subscription was muted or its trigger snoozed is sent
 * once, as a reminder, at the first check after the mute or snooze ended, if the trigger still fires. The
 * SUPPRESSED row itself becomes the REMINDER, so that there is one at most, whatever the number of checks.
 */
@ApplicationScoped
public class Reminders {

    private final EmailDeliveryRepository deliveries;
    private final AlertEventRepository events;
    private final SubscriptionRepository subscriptions;

    public Reminders(EmailDeliveryRepository deliveries, AlertEventRepository events,
            SubscriptionRepository subscriptions) {
        this.deliveries = deliveries;
        this.events = events;
        this.subscriptions = subscriptions;
    }

    /**
     * Looks at the suppressed alerts of these triggers (each still firing and not snoozed, with the companies its
     * thesis names): each becomes a reminder when its subscriber follows the event now without a mute, is dropped
     * when they no longer want it, and waits while they are still muted. Two queries when there is nothing to
     * remind of.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remind(Map<UUID, List<String>> firingTriggers, Instant now) {
        if (firingTriggers.isEmpty()) {
            return;
        }
        List<EmailDelivery> suppressed = deliveries.suppressedOfLatestFired(firingTriggers.keySet());
        if (suppressed.isEmpty()) {
            return;
        }
        Map<UUID, AlertEvent> held = events.byIds(suppressed.stream().map(d -> d.eventId).distinct().toList());
        Set<UUID> theses = held.values().stream().map(e -> e.thesisId).collect(Collectors.toSet());
        Set<String> companies = held.values().stream().flatMap(e -> firingTriggers.get(e.triggerId).stream())
                .collect(Collectors.toSet());
        Followers followers = new Followers(subscriptions.activeFor(theses, companies));
        for (EmailDelivery row : suppressed) {
            AlertEvent event = held.get(row.eventId);
            Follower.Reach reach = follower(followers.of(event.thesisId, firingTriggers.get(event.triggerId)),
                    row.subscriberId)
                    .map(follower -> follower.reach(event, false, now))
                    .orElse(Follower.Reach.NONE);
            switch (reach) {
                case SEND -> {
                    row.kind = EmailKind.REMINDER;
                    row.status = DeliveryStatus.PENDING;
                    row.nextAttemptAt = now;
                }
                case NONE -> row.status = DeliveryStatus.DROPPED;
                case SUPPRESS -> {
                }
            }
        }
    }

    private static Optional<Follower> follower(Collection<Follower> followers, UUID subscriberId) {
        return followers.stream().filter(f -> f.subscriber().id.equals(subscriberId)).findFirst();
    }
}
