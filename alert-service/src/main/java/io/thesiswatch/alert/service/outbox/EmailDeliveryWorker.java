package io.thesiswatch.alert.service.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.api.DigestRunResponse;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EmailDelivery;
import io.thesiswatch.alert.domain.EmailKind;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.SubscriberStatus;
import io.thesiswatch.alert.lifecycle.RunningJobs;
import io.thesiswatch.alert.mail.MailComposer;
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.EmailDeliveryRepository;
import io.thesiswatch.alert.repository.SubscriberRepository;
import org.jboss.logging.Logger;

/**
 * Sends the email outbox: immediate emails every few seconds, and the DAILY subscribers' digests. Each batch
 * locks its rows (SKIP LOCKED, so several replicas share the work and never send one row twice), sends them
 * and records the outcome in the same transaction: a crash before the commit leaves the rows pending, to be
 * sent again with the same Message-ID.
 */
@ApplicationScoped
public class EmailDeliveryWorker {

    private static final Logger LOG = Logger.getLogger(EmailDeliveryWorker.class);
    private static final int MAX_BATCHES_PER_RUN = 50;

    private final EmailDeliveryRepository deliveries;
    private final SubscriberRepository subscribers;
    private final AlertEventRepository events;
    private final MailComposer composer;
    private final Mailer mailer;
    private final AlertConfig config;
    private final RunningJobs running;

    public EmailDeliveryWorker(EmailDeliveryRepository deliveries, SubscriberRepository subscribers,
            AlertEventRepository events, MailComposer composer, Mailer mailer, AlertConfig config,
            RunningJobs running) {
        this.deliveries = deliveries;
        this.subscribers = subscribers;
        this.events = events;
        this.composer = composer;
        this.mailer = mailer;
        this.config = config;
        this.running = running;
    }

    /**
     * Sends what is due, batch after batch, until the service stops; answers how many rows were attempted. What
     * is left stays pending for the next run or replica.
     */
    public int drain() {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN && !running.stopping(); i++) {
            int attempted = QuarkusTransaction.requiringNew().call(this::sendBatch);
            total += attempted;
            if (attempted < config.delivery().batchSize()) {
                break;
            }
        }
        return total;
    }

    private int sendBatch() {
        List<EmailDelivery> batch = deliveries.lockDueImmediate(Instant.now(), config.delivery().batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        Map<UUID, Subscriber> people = subscribers.byIds(batch.stream().map(d -> d.subscriberId).toList());
        Map<UUID, AlertEvent> happened = events.byIds(
                batch.stream().filter(d -> d.eventId != null).map(d -> d.eventId).toList());
        for (EmailDelivery delivery : batch) {
            Subscriber subscriber = people.get(delivery.subscriberId);
            if (delivery.kind == EmailKind.ALERT && subscriber.status != SubscriberStatus.ACTIVE) {
                delivery.status = DeliveryStatus.DROPPED;
                continue;
            }
            Mail mail = delivery.kind == EmailKind.CONFIRMATION
                    ? composer.confirmation(subscriber, delivery.id)
                    : composer.alert(subscriber, happened.get(delivery.eventId));
            delivery.attempts++;
            try {
                mailer.send(mail);
                DeliveryAttempt.succeeded(delivery, Instant.now());
            } catch (RuntimeException e) {
                LOG.warnf("Email %d to subscriber %s failed (attempt %d): %s", delivery.id, subscriber.id,
                        delivery.attempts, e.getMessage());
                DeliveryAttempt.failed(delivery, e, Instant.now(), config.delivery());
            }
        }
        return batch.size();
    }

    /** Sends each DAILY subscriber one email with every alert that waited for it. */
    public DigestRunResponse sendDigests() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<EmailDelivery> pending = deliveries.lockPendingDigest(Instant.now());
            if (pending.isEmpty()) {
                return new DigestRunResponse(0, 0);
            }
            Map<UUID, List<EmailDelivery>> bySubscriber = pending.stream()
                    .collect(Collectors.groupingBy(d -> d.subscriberId, LinkedHashMap::new, Collectors.toList()));
            Map<UUID, Subscriber> people = subscribers.byIds(bySubscriber.keySet());
            Map<UUID, AlertEvent> happened = events.byIds(pending.stream().map(d -> d.eventId).toList());
            int emails = 0;
            int carried = 0;
            for (Map.Entry<UUID, List<EmailDelivery>> entry : bySubscriber.entrySet()) {
                Subscriber subscriber = people.get(entry.getKey());
                List<EmailDelivery> rows = entry.getValue();
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
