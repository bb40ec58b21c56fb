package io.thesiswatch.alert.service.outbox;

import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
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
import io.thesiswatch.alert.domain.Webhook;
import io.thesiswatch.alert.lifecycle.RunningJobs;
import io.thesiswatch.alert.mail.MailComposer;
import io.thesiswatch.alert.metrics.OperationsMetrics;
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.EmailDeliveryRepository;
import io.thesiswatch.alert.repository.SubscriberRepository;
import io.thesiswatch.alert.repository.WebhookRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the email outbox: immediate emails every few seconds (outside the subscriber's quiet hours, up to their
 * daily cap), and the digests (DAILY subscribers', and what went beyond an immediate subscriber's cap). A batch is
 * claimed with a lease in a short transaction (SKIP LOCKED, so that replicas share the work), each email is sent
 * outside any transaction and settled at once: no row lock is held while SMTP answers. A crash between a send
 * and its settling leaves that one row to be sent again, with the same Message-ID, when the lease ends.
 */
@ApplicationScoped
public class EmailDeliveryWorker {

    private static final Logger LOG = Logger.getLogger(EmailDeliveryWorker.class);

    private final EmailDeliveryRepository deliveries;
    private final SubscriberRepository subscribers;
    private final AlertEventRepository events;
    private final MailComposer composer;
    private final Mailer mailer;
    private final AlertConfig config;
    private final RunningJobs running;
    private final Duration longestSend;
    private final WebhookRepository webhooks;
    private final EventCharts charts;
    private final ChartFiles chartFiles;
    private final Clock clock;
    private final OperationsMetrics metrics;

    public EmailDeliveryWorker(EmailDeliveryRepository deliveries, SubscriberRepository subscribers,
            AlertEventRepository events, WebhookRepository webhooks, EventCharts charts, ChartFiles chartFiles,
            MailComposer composer, Mailer mailer, AlertConfig config, RunningJobs running, Clock clock,
            OperationsMetrics metrics, @ConfigProperty(name = "quarkus.mailer.timeout") Duration longestSend) {
        this.clock = clock;
        this.metrics = metrics;
        this.deliveries = deliveries;
        this.charts = charts;
        this.chartFiles = chartFiles;
        this.subscribers = subscribers;
        this.events = events;
        this.webhooks = webhooks;
        this.composer = composer;
        this.mailer = mailer;
        this.config = config;
        this.running = running;
        this.longestSend = longestSend;
    }

    /**
     * A claimed batch, with the subscribers, events (and their charts' files) and webhooks its emails need, and
     * when each subscriber was sent immediate alerts lately (for their daily cap; sends of this batch are added).
     */
    private record Claimed(Lease lease, List<EmailDelivery> rows, Map<UUID, Subscriber> people,
            Map<UUID, AlertEvent> happened, Map<UUID, File> charts, Map<UUID, Webhook> webhooks,
            Map<UUID, List<Instant>> sentLately) {

        Claimed withCharts(Map<UUID, File> drawn) {
            return new Claimed(lease, rows, people, happened, drawn, webhooks, sentLately);
        }
    }

    /**
     * Sends what is due, batch after batch, until the service stops; answers how many rows were claimed. What is
     * left stays pending for the next run or replica.
     */
    public int drain() {
        return Batches.drain(config.delivery().batchSize(), running::stopping, this::sendBatch);
    }

    private int sendBatch() {
        Lease lease = Lease.from(Instant.now(), config.delivery().lease());
        Instant now = clock.instant();
        Claimed claimed = claim(lease, () -> deliveries.claimDueImmediate(now, config.delivery().batchSize(),
                lease.token(), lease.until()));
        try (ChartFiles.Written files = chartFiles.write(charts.of(claimed.happened().values()))) {
            Claimed batch = claimed.withCharts(files.files());
            lease.attemptEach(batch.rows(), longestSend, running::stopping, row -> sendOne(row, lease, batch),
                    left -> giveBack(left, lease, clock.instant()));
        }
        return claimed.rows().size();
    }

    /** Claims rows in a short transaction, with what their emails need. */
    private Claimed claim(Lease lease, Supplier<List<EmailDelivery>> due) {
        return QuarkusTransaction.requiringNew().call(() -> withContext(lease, due.get()));
    }

    private Claimed withContext(Lease lease, List<EmailDelivery> rows) {
        Map<UUID, Subscriber> people = subscribers.byIds(
                rows.stream().map(d -> d.subscriberId).filter(Objects::nonNull).distinct().toList());
        Map<UUID, AlertEvent> happened = events.byIds(
                rows.stream().map(d -> d.eventId).filter(Objects::nonNull).distinct().toList());
        Map<UUID, Webhook> endpoints = webhooks.byIds(
                rows.stream().map(d -> d.webhookId).filter(Objects::nonNull).distinct().toList());
        List<UUID> capped = people.values().stream().filter(s -> s.dailyCap != null).map(s -> s.id).toList();
        Map<UUID, List<Instant>> sentLately = new HashMap<>();
        deliveries.immediateAlertsSentSince(capped, EmailTiming.lookBack(clock.instant()))
                .forEach((id, times) -> sentLately.put(id, new ArrayList<>(times)));
        return new Claimed(lease, rows, people, happened, Map.of(), endpoints, sentLately);
    }

    private void sendOne(EmailDelivery row, Lease lease, Claimed batch) {
        Subscriber subscriber = row.subscriberId == null ? null : batch.people().get(row.subscriberId);
        boolean alert = EmailDeliveryRepository.ALERTS.contains(row.kind);
        if (alert && subscriber.status != SubscriberStatus.ACTIVE) {
            row.recordAttempt(DeliveryStatus.DROPPED, row.nextAttemptAt, null, null);
            settle(List.of(row), lease);
            return;
        }
        if (!alert) {
            Mail mail = switch (row.kind) {
                case CONFIRMATION -> composer.confirmation(subscriber, row.id);
                case KNOWN_ADDRESS -> composer.knownAddress(subscriber, row.id);
                case WEBHOOK_DISABLED -> composer.webhookDisabled(batch.webhooks().get(row.webhookId), subscriber,
                        row.id);
                case ALERT, REMINDER -> throw new IllegalStateException("an alert is not sent here");
            };
            attempt(List.of(row), mail, "Email " + row.id + " (" + row.kind + ")");
            settle(List.of(row), lease);
            return;
        }
        AlertEvent event = batch.happened().get(row.eventId);
        Instant now = clock.instant();
        List<Instant> sentLately = batch.sentLately().computeIfAbsent(subscriber.id, k -> new ArrayList<>());
        EmailTiming.Decision decision = EmailTiming.immediate(subscriber, event.severity, now, sentLately);
        if (decision instanceof EmailTiming.Wait wait) {
            giveBack(List.of(row), lease, wait.until());
        } else if (decision instanceof EmailTiming.ToDigest) {
            lease.record(() -> deliveries.moveToDigest(row, now), running::stopping);
        } else if (decision instanceof EmailTiming.Send send) {
            Mail mail = composer.alert(subscriber, event, batch.charts().get(row.eventId),
                    new MailComposer.Notes(row.kind == EmailKind.REMINDER,
                            send.lastBeforeCap() ? subscriber.dailyCap : null));
            if (attempt(List.of(row), mail, "Email " + row.id + " (" + row.kind + ")")) {
                sentLately.add(row.sentAt);
            }
            settle(List.of(row), lease);
        }
    }

    /** Sends each subscriber whose digest is due one email with every alert that waited for it. */
    public DigestRunResponse sendDigests() {
        return sendDigests(true);
    }

    /**
     * The hourly sweep: each subscriber with alerts waiting gets one digest per local date, at the first sweep at
     * or after their digest hour.
     */
    public DigestRunResponse sweepDigests() {
        return sendDigests(false);
    }

    private DigestRunResponse sendDigests(boolean anyTime) {
        Lease lease = Lease.from(Instant.now(), config.delivery().lease());
        Instant now = clock.instant();
        Claimed due = claim(lease, () -> deliveries.claimDueDigest(now, deliveries.awaitingDigest(now).stream()
                .filter(subscriber -> EmailTiming.digestDue(subscriber, now, anyTime))
                .map(subscriber -> subscriber.id).toList(), lease.token(), lease.until()));
        List<List<EmailDelivery>> digests = new ArrayList<>(due.rows().stream()
                .collect(Collectors.groupingBy(d -> d.subscriberId, LinkedHashMap::new, Collectors.toList()))
                .values());
        DigestCount count = new DigestCount();
        try (ChartFiles.Written files = chartFiles.write(charts.of(due.happened().values()))) {
            Claimed claimed = due.withCharts(files.files());
            lease.attemptEach(digests, longestSend, running::stopping, rows -> {
                Subscriber subscriber = claimed.people().get(rows.get(0).subscriberId);
                List<AlertEvent> alerts = rows.stream().map(d -> claimed.happened().get(d.eventId)).toList();
                boolean sent = attempt(rows, composer.digest(subscriber, alerts, claimed.charts()),
                        "Digest to subscriber " + subscriber.id);
                if (sent) {
                    count.sent(rows.size());
                }
                settle(rows, lease);
                if (sent && !anyTime) {
                    QuarkusTransaction.requiringNew().run(() -> subscribers.digestSent(subscriber.id,
                            now.atZone(subscriber.zone()).toLocalDate()));
                }
            }, left -> giveBack(left.stream().flatMap(List::stream).toList(), lease, clock.instant()));
        }
        return new DigestRunResponse(count.emails, count.carried);
    }

    /** Sends one email that carries these rows, and records the outcome on each of them (not yet settled). */
    private boolean attempt(List<EmailDelivery> rows, Mail mail, String what) {
        try {
            mailer.send(mail);
            Instant sent = clock.instant();
            rows.forEach(row -> DeliveryAttempt.succeeded(row, sent));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("%s failed (attempt %d): %s", what, rows.get(0).attempts,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            Instant failed = clock.instant();
            rows.forEach(row -> DeliveryAttempt.failed(row, e, failed, config.delivery()));
            return false;
        }
    }

    private void settle(List<EmailDelivery> rows, Lease lease) {
        lease.record(() -> rows.forEach(row -> {
            if (deliveries.settle(row)) {
                metrics.attempted("email", row.status);
            } else {
                LOG.warnf("Email %d: the lease ran out before its outcome (%s) was recorded; another worker has it",
                        row.id, row.status);
            }
        }), running::stopping);
    }

    /** Gives back rows not attempted, due again then. */
    private void giveBack(List<EmailDelivery> rows, Lease lease, Instant due) {
        QuarkusTransaction.requiringNew().run(() -> deliveries.release(rows, lease.token(), due));
    }

    private static final class DigestCount {
        private int emails;
        private int carried;

        void sent(int alerts) {
            emails++;
            carried += alerts;
        }
    }
}
