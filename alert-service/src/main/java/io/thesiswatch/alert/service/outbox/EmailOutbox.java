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

    /** Records the alert that a mute or snooze holds back: not sent, unless it becomes a reminder. */
    public void enqueueSuppressed(UUID eventId, UUID subscriberId) {
        EmailDelivery delivery = pending(EmailKind.ALERT, subscriberId);
        delivery.eventId = eventId;
        delivery.status = DeliveryStatus.SUPPRESSED;
        deliveries.persist(delivery);
    }

    /** Tells an address that signed up again while subscribed that it is (the API answers all sign-ups alike). */
    public void enqueueKnownAddress(UUID subscriberId) {
        deliveries.persist(pending(EmailKind.KNOWN_ADDRESS, subscriberId));
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
