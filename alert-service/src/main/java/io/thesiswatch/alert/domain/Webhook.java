package io.thesiswatch.alert.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An endpoint that gets alerts as signed HTTP callbacks: a subscriber's (the alerts of what they follow) or an
 * admin's integration (every alert), narrowed by its filters; an empty filter lets everything through.
 */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    public UUID id;

    /** The subscriber it belongs to; null for an admin's integration. */
    @Column(name = "subscriber_id")
    public UUID subscriberId;

    /** Where the owner hears that it was disabled. */
    @Column(name = "owner_email", nullable = false, length = 254)
    public String ownerEmail;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(length = 200)
    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> severities;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> kinds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "thesis_ids", nullable = false)
    public List<UUID> thesisIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> companies;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "disabled_reason", length = 300)
    public String disabledReason;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(nullable = false, length = 100)
    public String secret;

    @Column(name = "previous_secret", length = 100)
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Whether this endpoint wants this event: one its owner follows (any, for an integration), through every filter;
     * a company filter matches the event's subject (any an expression names) and the companies its thesis names.
     */
    public boolean wants(AlertEvent event, List<String> thesisCompanies, boolean ownerFollows) {
        return (subscriberId == null || ownerFollows)
                && (severities.isEmpty() || severities.contains(event.severity.name()))
                && (kinds.isEmpty() || kinds.contains(event.kind.name()))
                && (thesisIds.isEmpty() || thesisIds.contains(event.thesisId))
                && (companies.isEmpty() || event.subjects().stream().anyMatch(companies::contains)
                        || thesisCompanies.stream().anyMatch(companies::contains));
    }

    /** The secrets that sign now: the current one, and the previous one during a rotation's overlap. */
    public List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(secret, previousSecret) : List.of(secret);
    }
}
