package io.thesiswatch.alert.service.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EmailDelivery;
import io.thesiswatch.alert.domain.EmailKind;
import io.thesiswatch.alert.repository.EmailDeliveryRepository;

/**
 * Queues emails for {@link EmailDeliveryWorker}, in the transaction that makes the change they announce, so
 * that an email goes out if and only if the change is committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EmailOutbox {

    private final EmailDeliveryRepository deliveries;

    public EmailOutbox(EmailDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    public void enqueueAlert(UUID eventId, UUID subscriberId) {
        EmailDelivery delivery = pending(EmailKind.ALERT, subscriberId);
        delivery.eventId = eventId;
        deliveries.persist(delivery);
    }

    public void enqueueConfirmation(UUID subscriberId) {
        deliveries.persist(pending(EmailKind.CONFIRMATION, subscriberId));
    }

    /** Tells a webhook's owner (a subscriber, or the admin who made an integration) that it was disabled. */
    public void enqueueWebhookDisabled(UUID webhookId, UUID subscriberId) {
        EmailDelivery delivery = pending(EmailKind.WEBHOOK_DISABLED, subscriberId);
        delivery.webhookId = webhookId;
        deliveries.persist(delivery);
    }

    private static EmailDelivery pending(EmailKind kind, UUID subscriberId) {
        EmailDelivery delivery = new EmailDelivery();
        delivery.kind = kind;
        delivery.subscriberId = subscriberId;
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = Instant.now();
        delivery.nextAttemptAt = delivery.createdAt;
        return delivery;
    }
}
