package io.thesiswatch.alert.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.domain.DeliveryKind;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.Delivery;
import io.thesiswatch.alert.domain.ThesisNotification;
import io.thesiswatch.alert.repository.DeliveryRepository;
import io.thesiswatch.alert.repository.ThesisNotificationRepository;

/** Writes outbox rows; callers do it in the transaction that makes the change the rows announce. */
@ApplicationScoped
public class Outbox {

    private final DeliveryRepository deliveries;
    private final ThesisNotificationRepository notifications;

    public Outbox(DeliveryRepository deliveries, ThesisNotificationRepository notifications) {
        this.deliveries = deliveries;
        this.notifications = notifications;
    }

    public void enqueue(DeliveryKind kind, UUID eventId, UUID subscriberId) {
        Delivery delivery = new Delivery();
        delivery.kind = kind;
        delivery.eventId = eventId;
        delivery.subscriberId = subscriberId;
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = Instant.now();
        delivery.nextAttemptAt = delivery.createdAt;
        deliveries.persist(delivery);
    }

    public void notifyThesis(UUID eventId, UUID thesisId) {
        ThesisNotification notification = new ThesisNotification();
        notification.eventId = eventId;
        notification.thesisId = thesisId;
        notification.status = DeliveryStatus.PENDING;
        notification.nextAttemptAt = Instant.now();
        notifications.persist(notification);
    }
}
