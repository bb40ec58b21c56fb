package io.thesiswatch.alert.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of the thesis notification outbox: a critical event to report to thesis-service (idempotent there by
 * event id).
 */
@Entity
@Table(name = "thesis_notification")
public class ThesisNotification extends OutboxRow {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "thesis_id", nullable = false)
    public UUID thesisId;
}
