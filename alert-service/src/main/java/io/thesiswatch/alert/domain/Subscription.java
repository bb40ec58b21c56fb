package io.thesiswatch.alert.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.thesiswatch.contract.Severity;

/** A subscriber's interest: one thesis (all its triggers) or one company (every thesis that names it). */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscriber_id", nullable = false, updatable = false)
    public Subscriber subscriber;

    @Column(name = "thesis_id", updatable = false)
    public UUID thesisId;

    @Column(length = 20, updatable = false)
    public String company;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Its own minimum severity; null: the subscriber's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "min_severity", length = 10)
    public Severity minSeverity;

    /** Its alerts are recorded as SUPPRESSED, not sent, until then; null: not muted. */
    @Column(name = "muted_until")
    public Instant mutedUntil;

    /** The minimum severity its alerts need: its own, else its subscriber's. */
    public Severity effectiveMinSeverity() {
        return minSeverity != null ? minSeverity : subscriber.minSeverity;
    }

    public boolean mutedAt(Instant now) {
        return mutedUntil != null && mutedUntil.isAfter(now);
    }
}
