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

/** A row of the email outbox: one email to one subscriber, sent by the email delivery worker. */
@Entity
@Table(name = "delivery")
public class EmailDelivery extends OutboxRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public EmailKind kind;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "subscriber_id", nullable = false)
    public UUID subscriberId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
