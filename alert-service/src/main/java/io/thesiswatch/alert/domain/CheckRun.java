package io.thesiswatch.alert.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One check of every trigger, with what it found. */
@Entity
@Table(name = "check_run")
public class CheckRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public CheckOrigin origin;

    @Column(name = "scheduled_for")
    public Instant scheduledFor;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    public CheckStatus status;

    /** When the run, still unfinished, becomes FAILED. */
    @Column(name = "deadline_at", nullable = false)
    public Instant deadlineAt;

    /** How many work items the run was cut into; null until it has been. */
    public Integer items;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public int evaluated;
    public int fired;
    public int resolved;

    @Column(name = "no_data")
    public int noData;

    public int errors;

    @Column(name = "http_calls")
    public int httpCalls;

    @Column(length = 2000)
    public String problem;
}
