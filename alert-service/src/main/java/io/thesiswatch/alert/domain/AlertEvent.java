package io.thesiswatch.alert.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.contract.expression.SeriesExpression;
import io.thesiswatch.contract.expression.SeriesReference;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A trigger fired or resolved. It keeps a copy of what the trigger and thesis were at that moment, so
 * that an email sent later (a retry, a digest) tells what happened even if the trigger changed since.
 */
@Entity
@Table(name = "alert_event")
public class AlertEvent {

    /** How many of the series' latest points an event keeps (and its email shows). */
    public static final int RECENT_POINTS = 5;

    @Id
    public UUID id;

    @Column(name = "trigger_id", nullable = false)
    public UUID triggerId;

    @Column(name = "thesis_id", nullable = false)
    public UUID thesisId;

    @Column(name = "check_run_id")
    public Long checkRunId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Severity severity;

    public BigDecimal value;

    @Column(length = 10)
    public String period;

    /** The kind of {@link #period}; null for events recorded before kinds were kept. */
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", length = 8)
    public PeriodKind periodKind;

    /** Whose periods {@link #period} is told in; null when not known. */
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    public Basis basis;

    @Column(name = "thesis_title", nullable = false, length = 200)
    public String thesisTitle;

    /** The thesis' status when the trigger was checked (ACTIVE, AT_RISK, ...); null for events from before V4. */
    @Column(name = "thesis_status", length = 20)
    public String thesisStatus;

    @Column(name = "trigger_name", nullable = false, length = 200)
    public String triggerName;

    /** Null for an expression's event. */
    @Column(length = 20)
    public String subject;

    /** Null for an expression's event. */
    @Column(length = 40)
    public String metric;

    /** The metric's name in company-service's catalog; null when company-service did not say. */
    @Column(name = "metric_name", length = 200)
    public String metricName;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    public Transform transform;

    /** The expression the trigger watched instead of one subject and metric; its words are in metricName. */
    @Column(length = 500)
    public String expression;

    @Column(name = "series_window")
    public Integer window;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Operator operator;

    @Column(nullable = false)
    public BigDecimal threshold;

    @Column(name = "clear_threshold")
    public BigDecimal clearThreshold;

    /** The unit of the series (PERCENT for every percent-change transform). */
    @Column(length = 20)
    public String unit;

    /** The last few points of the series, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recent_points", nullable = false)
    public List<SeriesPoint> recentPoints;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The series as its trigger names it: "BIG6 CAPEX", or the expression as written. */
    public String seriesCodes() {
        return expression != null ? expression : subject + " " + metric;
    }

    /** An expression's event: the expression in words as company-service named it, else as written. */
    public String expressionInWords() {
        return metricName != null ? metricName : expression;
    }

    /** The subjects the event is about: its series' subject, or every subject its expression names. */
    public List<String> subjects() {
        return expression == null ? List.of(subject) : SeriesExpression.parse(expression).references().stream()
                .map(SeriesReference::subject).distinct().toList();
    }
}
