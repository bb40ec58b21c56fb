package io.thesiswatch.alert.service.fanout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.arc.All;
import io.thesiswatch.alert.repository.SubscriptionRepository;

/**
 * Sends the events a check recorded on their way: finds who follows them (one query per batch, whatever
 * its size) and lets every {@link DeliveryChannel} write its outbox rows, in the transaction that records
 * the events.
 */
@ApplicationScoped
public class AlertFanOut {

    private final SubscriptionRepository subscriptions;
    private final List<DeliveryChannel> channels;
    private final Clock clock;

    public AlertFanOut(SubscriptionRepository subscriptions, @All List<DeliveryChannel> channels, Clock clock) {
        this.subscriptions = subscriptions;
        this.channels = channels;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void fanOut(List<RecordedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Set<UUID> theses = events.stream().map(e -> e.event().thesisId).collect(Collectors.toSet());
        Set<String> companies = events.stream().flatMap(e -> e.thesisCompanies().stream()).collect(Collectors.toSet());
        Followers followers = new Followers(subscriptions.activeFor(theses, companies));
        Instant now = clock.instant();
        List<FollowedEvent> followed = events.stream()
                .map(e -> new FollowedEvent(e.event(), e.thesisCompanies(),
                        followers.of(e.event().thesisId, e.thesisCompanies()), e.snoozed(), now))
                .toList();
        channels.forEach(channel -> channel.enqueue(followed));
    }
}
