package io.thesiswatch.alert.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * What every outbox row records of its delivery: its status, the attempts made, the latest outcome, and the lease
 * of the worker that has claimed it (if any).
 */
@MappedSuperclass
public abstract class OutboxRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The claim of the worker sending it now; null when no worker has it. */
    @Column(name = "lease_token")
    public UUID leaseToken;

    /**
     * Claims the row for one attempt: counted now (an attempt that a crash interrupts still counts), and not due
     * again before the lease ends.
     */
    public void claim(UUID token, Instant leaseEnd) {
        this.leaseToken = token;
        this.nextAttemptAt = leaseEnd;
        this.attempts++;
    }

    /** Gives back a claimed row unattempted, due again then (quiet hours): the claim does not count. */
    public void defer(Instant until) {
        this.nextAttemptAt = until;
        this.attempts--;
    }

    public void recordAttempt(DeliveryStatus newStatus, Instant nextAttempt, String error, Instant sent) {
        this.status = newStatus;
        this.nextAttemptAt = nextAttempt;
        this.lastError = error;
        this.sentAt = sent;
    }
}
