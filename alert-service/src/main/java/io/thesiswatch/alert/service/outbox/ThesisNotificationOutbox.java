package io.thesiswatch.alert.service.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.ThesisNotification;
import io.thesiswatch.alert.repository.ThesisNotificationRepository;

/** Queues events to report to thesis-service for {@link ThesisNotifier}, in the transaction that records them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ThesisNotificationOutbox {

    private final ThesisNotificationRepository notifications;

    public ThesisNotificationOutbox(ThesisNotificationRepository notifications) {
        this.notifications = notifications;
    }

    public void enqueue(UUID eventId, UUID thesisId) {
        ThesisNotification notification = new ThesisNotification();
        notification.eventId = eventId;
        notification.thesisId = thesisId;
        notification.status = DeliveryStatus.PENDING;
        notification.nextAttemptAt = Instant.now();
        notifications.persist(notification);
    }
}
