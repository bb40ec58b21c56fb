package io.thesiswatch.alert.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.thesiswatch.contract.Severity;

@Entity
@Table(name = "subscriber")
public class Subscriber {

    @Id
    public UUID id;

    @Column(nullable = false, length = 254)
    public String email;

    @Column(length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public DeliveryMode delivery;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_severity", nullable = false, length = 10)
    public Severity minSeverity;

    @Column(name = "notify_resolved", nullable = false)
    public boolean notifyResolved;

    @Column(nullable = false, length = 5)
    public EmailLocale locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public SubscriberStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;

    /** Whether an event of this kind and severity should reach this subscriber. */
    public boolean wants(EventKind kind, Severity severity) {
        return status == SubscriberStatus.ACTIVE && wants(kind, severity, minSeverity, notifyResolved);
    }

    /** Whether an event of this kind and severity reaches a subscriber who chose these settings. */
    public static boolean wants(EventKind kind, Severity severity, Severity minSeverity, boolean notifyResolved) {
        return severity.compareTo(minSeverity) >= 0 && (kind == EventKind.FIRED || notifyResolved);
    }
}
