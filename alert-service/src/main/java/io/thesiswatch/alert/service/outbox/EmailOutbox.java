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
        enqueue(EmailKind.ALERT, eventId, subscriberId);
    }

    public void enqueueConfirmation(UUID subscriberId) {
        enqueue(EmailKind.CONFIRMATION, null, subscriberId);
    }

    private void enqueue(EmailKind kind, UUID eventId, UUID subscriberId) {
        EmailDelivery delivery = new EmailDelivery();
        delivery.kind = kind;
        delivery.eventId = eventId;
        delivery.subscriberId = subscriberId;
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = Instant.now();
        delivery.nextAttemptAt = delivery.createdAt;
        deliveries.persist(delivery);
    }
}
