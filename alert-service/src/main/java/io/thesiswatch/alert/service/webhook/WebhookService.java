package io.thesiswatch.alert.service.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.api.WebhookAttemptResponse;
import io.thesiswatch.alert.api.WebhookDeliveryResponse;
import io.thesiswatch.alert.api.WebhookFilters;
import io.thesiswatch.alert.api.WebhookRequest;
import io.thesiswatch.alert.api.WebhookResponse;
import io.thesiswatch.alert.api.WebhookSecretResponse;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.SubscriberStatus;
import io.thesiswatch.alert.domain.Webhook;
import io.thesiswatch.alert.domain.WebhookAttempt;
import io.thesiswatch.alert.domain.WebhookDelivery;
import io.thesiswatch.alert.repository.SubscriberRepository;
import io.thesiswatch.alert.repository.WebhookAttemptRepository;
import io.thesiswatch.alert.repository.WebhookDeliveryRepository;
import io.thesiswatch.alert.repository.WebhookRepository;
import io.thesiswatch.alert.security.WebhookAccess;
import io.thesiswatch.alert.service.outbox.WebhookOutbox;
import io.thesiswatch.alert.webhook.DestinationGuard;
import io.thesiswatch.alert.webhook.RefusedDestination;
import io.thesiswatch.alert.webhook.WebhookSecret;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ConflictException;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.contract.Severity;

/**
 * Webhook endpoints for their owners: a subscriber's for the alerts of what they follow, an admin's integration
 * for every alert. A URL is checked by the destination guard (DNS included) before anything is stored.
 */
@ApplicationScoped
public class WebhookService {

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAttemptRepository attempts;
    private final SubscriberRepository subscribers;
    private final WebhookOutbox outbox;
    private final DestinationGuard guard;
    private final WebhookAccess access;
    private final AlertConfig config;
    private final ObjectMapper json;

    public WebhookService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries,
            WebhookAttemptRepository attempts, SubscriberRepository subscribers, WebhookOutbox outbox,
            DestinationGuard guard, WebhookAccess access, AlertConfig config, ObjectMapper json) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.subscribers = subscribers;
        this.outbox = outbox;
        this.guard = guard;
        this.access = access;
        this.config = config;
        this.json = json;
    }

    public WebhookResponse create(WebhookRequest request) {
        String owner = access.email().orElseThrow(() -> InvalidInputException.of("token",
                "a webhook's owner is told by email when it is disabled: the token needs an email claim"));
        checkDestination(request.url());
        return QuarkusTransaction.requiringNew().call(() -> {
            Webhook webhook = new Webhook();
            webhook.id = UUID.randomUUID();
            webhook.ownerEmail = owner;
            if (!access.isAdmin()) {
                Subscriber subscriber = subscribers.findByEmail(owner)
                        .filter(s -> s.status == SubscriberStatus.ACTIVE)
                        .orElseThrow(() -> new ConflictException("Sign up and confirm " + owner
                                + " before registering a webhook: it gets the alerts of what that subscriber follows"));
                webhook.subscriberId = subscriber.id;
            }
            webhook.secret = WebhookSecret.generate();
            webhook.createdAt = Instant.now();
            apply(webhook, request);
            webhooks.persist(webhook);
            return toResponse(webhook, webhook.secret);
        });
    }

    public List<WebhookResponse> list() {
        return QuarkusTransaction.requiringNew().call(() -> (access.isAdmin() ? webhooks.everyOne()
                : webhooks.ownedBy(access.email().orElse(""))).stream().map(w -> toResponse(w, null)).toList());
    }

    public WebhookResponse find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> toResponse(owned(id), null));
    }

    public WebhookResponse replace(UUID id, WebhookRequest request) {
        QuarkusTransaction.requiringNew().run(() -> owned(id));
        checkDestination(request.url());
        return QuarkusTransaction.requiringNew().call(() -> {
            Webhook webhook = owned(id);
            apply(webhook, request);
            return toResponse(webhook, null);
        });
    }

    public void delete(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> webhooks.delete(owned(id)));
    }

    /** A new secret; the previous one keeps signing, beside it, for the configured overlap. */
    public WebhookSecretResponse rotateSecret(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Webhook webhook = owned(id);
            Instant now = Instant.now();
            webhook.previousSecret = webhook.secret;
            webhook.previousSecretUntil = now.plus(config.webhooks().secretOverlap());
            webhook.secret = WebhookSecret.generate();
            webhook.updatedAt = now;
            return new WebhookSecretResponse(webhook.secret, webhook.previousSecretUntil);
        });
    }

    /** Queues a test message; 409 when the webhook is disabled. */
    public WebhookDeliveryResponse test(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Webhook webhook = enabled(owned(id));
            return toResponse(outbox.enqueueTest(webhook), List.of());
        });
    }

    public PageResult<WebhookDeliveryResponse> deliveries(UUID id, PageParams paging) {
        return QuarkusTransaction.requiringNew().call(() -> {
            owned(id);
            PageResult<WebhookDelivery> page = PageResult.of(deliveries.newestFirst(id), paging);
            Map<Long, List<WebhookAttempt>> tried = attempts.byDelivery(page.items().stream().map(d -> d.id)
                    .toList());
            return page.map(d -> toResponse(d, tried.getOrDefault(d.id, List.of())));
        });
    }

    /** Sends a message again (a FAILED one, or one already delivered), with its webhook-id; 409 while it waits. */
    public WebhookDeliveryResponse redeliver(UUID id, long deliveryId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            enabled(owned(id));
            WebhookDelivery delivery = deliveries.findById(deliveryId);
            if (delivery == null || !delivery.webhookId.equals(id)) {
                throw ResourceNotFoundException.of("Webhook delivery", deliveryId);
            }
            if (delivery.status == DeliveryStatus.PENDING) {
                throw new ConflictException("Delivery " + deliveryId + " is waiting to be sent already");
            }
            delivery.status = DeliveryStatus.PENDING;
            delivery.attempts = 0;
            delivery.nextAttemptAt = Instant.now();
            delivery.lastError = null;
            delivery.leaseToken = null;
            return toResponse(delivery, attempts.byDelivery(List.of(delivery.id)).getOrDefault(delivery.id,
                    List.of()));
        });
    }

    private Webhook owned(UUID id) {
        return access.require(webhooks.findById(id), id);
    }

    private static Webhook enabled(Webhook webhook) {
        if (!webhook.enabled) {
            throw new ConflictException("Webhook " + webhook.id + " is disabled; enable it first (replaceWebhook "
                    + "with enabled true)");
        }
        return webhook;
    }

    private void checkDestination(String url) {
        try {
            guard.check(url);
        } catch (RefusedDestination refused) {
            throw InvalidInputException.of("url", refused.reason());
        }
    }

    private static void apply(Webhook webhook, WebhookRequest request) {
        WebhookFilters filters = request.filters() == null ? WebhookFilters.NONE : request.filters().orEmpty();
        boolean enable = request.enabled() == null || request.enabled();
        if (enable && !webhook.enabled) {
            webhook.consecutiveFailures = 0;
        }
        webhook.enabled = enable;
        webhook.disabledReason = null;
        webhook.url = request.url().trim();
        webhook.description = request.description() == null || request.description().isBlank() ? null
                : request.description().trim();
        webhook.severities = filters.severities().stream().map(Severity::name).distinct().toList();
        webhook.kinds = filters.kinds().stream().map(EventKind::name).distinct().toList();
        webhook.thesisIds = filters.theses().stream().distinct().toList();
        webhook.companies = filters.companies().stream().distinct().toList();
        webhook.updatedAt = Instant.now();
    }

    private static WebhookResponse toResponse(Webhook w, String secret) {
        WebhookFilters filters = new WebhookFilters(w.severities.stream().map(Severity::valueOf).toList(),
                w.kinds.stream().map(EventKind::valueOf).toList(), w.thesisIds, w.companies);
        Instant previousUntil = w.previousSecret != null && w.previousSecretUntil != null
                && w.previousSecretUntil.isAfter(Instant.now()) ? w.previousSecretUntil : null;
        return new WebhookResponse(w.id, w.subscriberId, w.ownerEmail, w.url, w.description, filters, w.enabled,
                w.disabledReason, w.consecutiveFailures, previousUntil, w.createdAt, w.updatedAt, secret);
    }

    private WebhookDeliveryResponse toResponse(WebhookDelivery d, List<WebhookAttempt> tried) {
        return new WebhookDeliveryResponse(d.id, d.messageId, d.eventId, d.eventType, d.status, d.attempts,
                d.lastError, d.sentAt, d.createdAt, parse(d.payload), tried.stream()
                .map(a -> new WebhookAttemptResponse(a.attemptedAt, a.statusCode, a.latencyMs, a.answer, a.error))
                .toList());
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored webhook payload is not JSON", e);
        }
    }
}
