package io.thesiswatch.thesis.domain;

import java.math.BigDecimal;
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
import jakarta.persistence.Version;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.contract.Unit;

/** A condition on a series that, when it holds, says the thesis may be turning wrong. */
@Entity
@Table(name = "risk_trigger")
public class RiskTrigger {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thesis_id", nullable = false, updatable = false)
    public Thesis thesis;

    @Column(nullable = false, length = 200)
    public String name;

    /** Null when the trigger watches an expression. */
    @Column(length = 20)
    public String subject;

    /** Null when the trigger watches an expression. */
    @Column(length = 40)
    public String metric;

    /** Null when the trigger watches an expression (its references carry their transforms). */
    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    public Transform transform;

    /** An expression over series instead of subject, metric and transform (README, "Expressions and backtests"). */
    @Column(length = 500)
    public String expression;

    /** An expression's declared unit; null for RATIO, and for a series of one metric (its metric's unit). */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Unit unit;

    @Column(name = "series_window")
    public Integer window;

    /** Never changes once known; null only for a trigger from before kinds existed, until the backfill fills it. */
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    public PeriodKind kind;

    /** Null only for a trigger from before bases existed, until the backfill fills it. */
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    public Basis basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Operator operator;

    @Column(nullable = false)
    public BigDecimal threshold;

    @Column(name = "clear_threshold")
    public BigDecimal clearThreshold;

    @Column(name = "for_periods", nullable = false)
    public int forPeriods;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Severity severity;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "snoozed_until")
    public Instant snoozedUntil;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
