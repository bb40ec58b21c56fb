package io.thesiswatch.company.domain;

import io.thesiswatch.contract.Unit;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the metric catalog. */
@Entity
@Table(name = "metric")
public class Metric {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40, updatable = false)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Unit unit;

    /** Whether members' values can be summed into a group total (capex yes, a market share no). */
    @Column(nullable = false)
    public boolean additive;

    /** How values add up over time: FLOW (a year is the sum of its quarters) or STOCK. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    public Temporal temporal;

    @Column(length = 2000)
    public String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
