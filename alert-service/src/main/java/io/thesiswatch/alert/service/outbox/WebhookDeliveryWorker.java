package io.thesiswatch.alert.service.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.Webhook;
import io.thesiswatch.alert.domain.WebhookAttempt;
import io.thesiswatch.alert.domain.WebhookDelivery;
import io.thesiswatch.alert.lifecycle.RunningJobs;
import io.thesiswatch.alert.metrics.OperationsMetrics;
import io.thesiswatch.alert.repository.WebhookAttemptRepository;
import io.thesiswatch.alert.repository.WebhookDeliveryRepository;
import io.thesiswatch.alert.repository.WebhookRepository;
import io.thesiswatch.alert.webhook.DestinationGuard;
import io.thesiswatch.alert.webhook.RefusedDestination;
import io.thesiswatch.alert.webhook.WebhookSender;
import io.thesiswatch.alert.webhook.WebhookSignature;
import org.jboss.logging.Logger;

/**
 * Sends the webhook outbox with the email outbox's lease discipline: a batch is claimed in a short transaction,
 * each message is posted outside any transaction (to the address the destination guard vetted, again, just
 * before) and settled at once with its attempt. A 2xx answer delivers it; 410 Gone disables the endpoint; any
 * other answer, or none, is retried with a jittered, growing delay that honours Retry-After. After too many
 * failures in a row the endpoint is disabled, its waiting messages FAILED (to be redelivered), and its owner told.
 */
@ApplicationScoped
public class WebhookDeliveryWorker {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryWorker.class);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final WebhookAttemptRepository attempts;
    private final EmailOutbox emails;
    private final DestinationGuard guard;
    private final WebhookSender sender;
    private final AlertConfig config;
    private final RunningJobs running;
    private final OperationsMetrics metrics;

    public WebhookDeliveryWorker(WebhookDeliveryRepository deliveries, WebhookRepository webhooks,
            WebhookAttemptRepository attempts, EmailOutbox emails, DestinationGuard guard, WebhookSender sender,
            AlertConfig config, RunningJobs running, OperationsMetrics metrics) {
        this.metrics = metrics;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.attempts = attempts;
        this.emails = emails;
        this.guard = guard;
        this.sender = sender;
        this.config = config;
        this.running = running;
    }

    private record Claimed(List<WebhookDelivery> rows, Map<UUID, Webhook> endpoints) {
    }

    /** Posts what is due, batch after batch, until the service stops; answers how many rows were claimed. */
    public int drain() {
        return Batches.drain(config.delivery().batchSize(), running::stopping, this::sendBatch);
    }

    private int sendBatch() {
        Lease lease = Lease.from(Instant.now(), config.delivery().lease());
        Claimed batch = QuarkusTransaction.requiringNew().call(() -> {
            List<WebhookDelivery> rows = deliveries.claimDue(Instant.now(), config.delivery().batchSize(),
                    lease.token(), lease.until());
            return new Claimed(rows, webhooks.byIds(rows.stream().map(row -> row.webhookId).distinct().toList()));
        });
        lease.attemptEach(batch.rows(), config.webhooks().timeout(), running::stopping,
                row -> deliver(row, lease, batch.endpoints().get(row.webhookId)),
                left -> QuarkusTransaction.requiringNew().run(() -> deliveries.release(left, lease.token(),
                        Instant.now())));
        return batch.rows().size();
    }

    private void deliver(WebhookDelivery row, Lease lease, Webhook endpoint) {
        Instant started = Instant.now();
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = row.id;
        attempt.attemptedAt = started;
        if (!endpoint.enabled) {
            DeliveryAttempt.failedForGood(row, "the endpoint is disabled", started);
            attempt.error = row.lastError;
            record(row, attempt, Verdict.NEUTRAL, endpoint.id, lease);
            return;
        }
        WebhookSender.Answer answer = post(row, endpoint, started);
        attempt.statusCode = answer.statusCode();
        attempt.latencyMs = (int) Math.min(Integer.MAX_VALUE, answer.latency().toMillis());
        attempt.answer = answer.excerpt().isEmpty() ? null : answer.excerpt();
        attempt.error = answer.error();
        Verdict verdict = Verdict.of(answer.statusCode());
        Instant now = Instant.now();
        switch (verdict) {
            case DELIVERED -> DeliveryAttempt.succeeded(row, now);
            case GONE -> DeliveryAttempt.failedForGood(row, "the receiver answered 410 Gone", now);
            default -> DeliveryAttempt.failed(row, describe(answer), now, config.delivery(),
                    answer.retryAfter().orElse(Duration.ZERO));
        }
        record(row, attempt, verdict, endpoint.id, lease);
    }

    private WebhookSender.Answer post(WebhookDelivery row, Webhook endpoint, Instant now) {
        try {
            var destination = guard.check(endpoint.url);
            Map<String, String> headers = WebhookSignature.headers(row.messageId, now, row.payload,
                    endpoint.signingSecrets(now));
            return sender.send(destination, row.payload, headers);
        } catch (RefusedDestination refused) {
            return WebhookSender.Answer.none(Duration.between(now, Instant.now()),
                    "destination refused: " + refused.getMessage());
        }
    }

    private static String describe(WebhookSender.Answer answer) {
        return answer.statusCode() == null ? answer.error() : "the receiver answered " + answer.statusCode();
    }

    /** Settles the row (if this worker still holds it), logs the attempt and keeps the endpoint's count. */
    private void record(WebhookDelivery row, WebhookAttempt attempt, Verdict verdict, UUID endpointId,
            Lease lease) {
        lease.record(() -> {
            if (!deliveries.settle(row)) {
                LOG.warnf("Webhook delivery %d: the lease ran out before its outcome was recorded", row.id);
                return;
            }
            metrics.attempted("webhook", row.status);
            attempt.id = null;
            attempts.persist(attempt);
            Webhook endpoint = webhooks.findById(endpointId);
            if (endpoint == null || verdict == Verdict.NEUTRAL) {
                return;
            }
            if (verdict == Verdict.DELIVERED) {
                endpoint.consecutiveFailures = 0;
            } else if (verdict == Verdict.GONE) {
                disable(endpoint, "the receiver answered 410 Gone");
            } else if (endpoint.enabled
                    && ++endpoint.consecutiveFailures >= config.webhooks().disableAfterFailures()) {
                disable(endpoint, endpoint.consecutiveFailures + " attempts in a row failed; the last: "
                        + row.lastError);
            }
        }, running::stopping);
    }

    private void disable(Webhook endpoint, String reason) {
        if (!endpoint.enabled) {
            return;
        }
        String why = reason.length() > 300 ? reason.substring(0, 297) + "..." : reason;
        LOG.warnf("Webhook %s disabled: %s", endpoint.id, why);
        endpoint.enabled = false;
        endpoint.disabledReason = why;
        endpoint.updatedAt = Instant.now();
        deliveries.failPending(endpoint.id, "the endpoint was disabled: " + why);
        emails.enqueueWebhookDisabled(endpoint.id, endpoint.subscriberId);
    }

    /** What an answer means for the message and its endpoint. */
    private enum Verdict {
        DELIVERED, GONE, FAILED, NEUTRAL;

        static Verdict of(Integer status) {
            if (status != null && status >= 200 && status < 300) {
                return DELIVERED;
            }
            return status != null && status == 410 ? GONE : FAILED;
        }
    }
}
