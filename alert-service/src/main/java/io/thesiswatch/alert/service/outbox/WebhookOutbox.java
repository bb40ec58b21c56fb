package io.thesiswatch.alert.service.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.Webhook;
import io.thesiswatch.alert.domain.WebhookDelivery;
import io.thesiswatch.alert.repository.WebhookDeliveryRepository;

/**
 * Queues webhook messages for {@link WebhookDeliveryWorker}, in the transaction that records what they tell: one
 * row per (event, endpoint), its message id and body fixed now.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookOutbox {

    private final WebhookDeliveryRepository deliveries;
    private final WebhookPayloads payloads;

    public WebhookOutbox(WebhookDeliveryRepository deliveries, WebhookPayloads payloads) {
        this.deliveries = deliveries;
        this.payloads = payloads;
    }

    public void enqueueEvent(Webhook webhook, AlertEvent event) {
        enqueue(webhook.id, event.id, WebhookPayloads.typeOf(event), payloads.event(webhook.id, event));
    }

    public WebhookDelivery enqueueTest(Webhook webhook) {
        return enqueue(webhook.id, null, WebhookPayloads.TEST, payloads.test(webhook.id, Instant.now()));
    }

    private WebhookDelivery enqueue(UUID webhookId, UUID eventId, String type, String payload) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.webhookId = webhookId;
        delivery.eventId = eventId;
        delivery.messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        delivery.eventType = type;
        delivery.payload = payload;
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = Instant.now();
        delivery.nextAttemptAt = delivery.createdAt;
        deliveries.persist(delivery);
        return delivery;
    }
}
