package io.thesiswatch.alert.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.api.DigestRunResponse;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.Delivery;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.mail.MailComposer;
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.DeliveryRepository;
import io.thesiswatch.alert.repository.SubscriberRepository;
import org.jboss.logging.Logger;

/** One email a day per DAILY subscriber, carrying every alert that waited for it. */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);

    private final DeliveryRepository deliveries;
    private final SubscriberRepository subscribers;
    private final AlertEventRepository events;
    private final MailComposer composer;
    private final Mailer mailer;
    private final AlertConfig config;

    public DigestService(DeliveryRepository deliveries, SubscriberRepository subscribers, AlertEventRepository events,
            MailComposer composer, Mailer mailer, AlertConfig config) {
        this.deliveries = deliveries;
        this.subscribers = subscribers;
        this.events = events;
        this.composer = composer;
        this.mailer = mailer;
        this.config = config;
    }

    public DigestRunResponse sendDigests() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            List<Delivery> pending = deliveries.lockPendingDigest(now);
            if (pending.isEmpty()) {
                return new DigestRunResponse(0, 0);
            }
            Map<UUID, List<Delivery>> bySubscriber = pending.stream()
                    .collect(Collectors.groupingBy(d -> d.subscriberId, LinkedHashMap::new, Collectors.toList()));
            Map<UUID, Subscriber> people = subscribers.list("id in ?1", List.copyOf(bySubscriber.keySet())).stream()
                    .collect(Collectors.toMap(s -> s.id, Function.identity()));
            Map<UUID, AlertEvent> happened = events.list("id in ?1", pending.stream().map(d -> d.eventId).toList())
                    .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
            int emails = 0;
            int carried = 0;
            for (Map.Entry<UUID, List<Delivery>> entry : bySubscriber.entrySet()) {
                Subscriber subscriber = people.get(entry.getKey());
                List<Delivery> rows = entry.getValue();
                List<AlertEvent> alerts = rows.stream().map(d -> happened.get(d.eventId)).toList();
                rows.forEach(d -> d.attempts++);
                try {
                    mailer.send(composer.digest(subscriber, alerts));
                    rows.forEach(d -> DeliveryAttempt.succeeded(d, Instant.now()));
                    emails++;
                    carried += rows.size();
                } catch (RuntimeException e) {
                    LOG.warnf("Digest to subscriber %s failed: %s", subscriber.id, e.getMessage());
                    rows.forEach(d -> DeliveryAttempt.failed(d, e, Instant.now(), config.delivery()));
                }
            }
            return new DigestRunResponse(emails, carried);
        });
    }
}
