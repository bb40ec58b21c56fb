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

/** A row of the email outbox: one email to one subscriber (or a webhook's owner), sent by the email delivery worker. */
@Entity
@Table(name = "delivery")
public class EmailDelivery extends OutboxRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public EmailKind kind;

    @Column(name = "event_id")
    public UUID eventId;

    /** Who the email is for; null only for an email to a webhook's owner ({@link #webhookId}). */
    @Column(name = "subscriber_id")
    public UUID subscriberId;

    /** The webhook a WEBHOOK_DISABLED email tells of. */
    @Column(name = "webhook_id")
    public UUID webhookId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** An immediate alert beyond its subscriber's daily cap: it waits for their next digest. */
    @Column(name = "in_digest", nullable = false)
    public boolean inDigest;
}
