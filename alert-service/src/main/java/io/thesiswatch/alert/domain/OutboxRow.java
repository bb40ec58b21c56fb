package io.thesiswatch.alert.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/** What every outbox row records of its delivery: its status, the attempts made and the latest outcome. */
@MappedSuperclass
public abstract class OutboxRow {

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

    public void recordAttempt(DeliveryStatus newStatus, Instant nextAttempt, String error, Instant sent) {
        this.status = newStatus;
        this.nextAttemptAt = nextAttempt;
        this.lastError = error;
        this.sentAt = sent;
    }
}
