package io.thesiswatch.alert.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An outbox row: one email to one subscriber, sent by the delivery worker. */
@Entity
@Table(name = "delivery")
public class Delivery implements OutboxRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public DeliveryKind kind;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "subscriber_id", nullable = false)
    public UUID subscriberId;

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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

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
