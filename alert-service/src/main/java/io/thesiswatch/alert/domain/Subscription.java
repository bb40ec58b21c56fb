package io.thesiswatch.alert.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

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
}
