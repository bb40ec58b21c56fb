package io.thesiswatch.alert.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An outbox row: a critical event to report to thesis-service (idempotent there by event id). */
@Entity
@Table(name = "thesis_notification")
public class ThesisNotification implements OutboxRow {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "thesis_id", nullable = false)
    public UUID thesisId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Override
    public int attempts() {
        return attempts;
    }

    @Override
    public void recordAttempt(DeliveryStatus status, Instant nextAttemptAt, String lastError, Instant sentAt) {
        this.status = status;
        this.nextAttemptAt = nextAttemptAt;
        this.lastError = lastError;
        this.sentAt = sentAt;
    }
}
