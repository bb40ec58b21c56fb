package io.thesiswatch.alert.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of the webhook outbox: one event (or test) for one endpoint. Its message id (the {@code webhook-id}
 * header) and its body are fixed when it is written, so every attempt sends the same message.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends OutboxRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "webhook_id", nullable = false)
    public UUID webhookId;

    /** The alert event it carries; null for a test message. */
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "message_id", nullable = false, length = 40)
    public String messageId;

    @Column(name = "event_type", nullable = false, length = 20)
    public String eventType;

    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
