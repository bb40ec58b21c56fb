package io.thesiswatch.thesis.domain;

import java.math.BigDecimal;
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

/** A dated note on a thesis: written by a person, or by the system when a trigger fires or clears. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "thesis_id", nullable = false, updatable = false)
    public UUID thesisId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public JournalKind kind;

    @Column(nullable = false, length = 10000)
    public String note;

    @Column(nullable = false, length = 100)
    public String author;

    /** Written by the system (a trigger event) rather than by a person. */
    @Column(nullable = false)
    public boolean system;

    @Column(name = "trigger_id")
    public UUID triggerId;

    @Column(name = "event_id", length = 100)
    public String eventId;

    public BigDecimal value;

    @Column(length = 10)
    public String period;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
