package io.thesiswatch.alert.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;

/** The durable state of one trigger, surviving restarts. */
@Entity
@Table(name = "trigger_state")
public class TriggerState {

    @Id
    @Column(name = "trigger_id")
    public UUID triggerId;

    @Column(name = "thesis_id", nullable = false)
    public UUID thesisId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public TriggerCondition state;

    /** Whether an alert episode is open; NO_DATA and ERROR leave it as it was. */
    @Column(nullable = false)
    public boolean firing;

    @Column(name = "last_value")
    public BigDecimal lastValue;

    @Column(name = "last_period", length = 10)
    public String lastPeriod;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_period_kind", length = 8)
    public PeriodKind lastPeriodKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_period_basis", length = 8)
    public Basis lastPeriodBasis;

    /** When the visible state last changed. */
    @Column(nullable = false)
    public Instant since;

    @Column(name = "last_checked_at", nullable = false)
    public Instant lastCheckedAt;

    @Column(length = 1000)
    public String error;
}
