package io.thesiswatch.company.domain;

import io.thesiswatch.contract.PeriodLabel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A value of a metric for a subject in a period, and where it came from: what is written, whether it was
 * sent as a batch of rows or read from a filing. Subject and metric are catalog codes. A period taken from a
 * filing keeps the filing's own first and last day (52/53-week years included) and says whether it was
 * derived from other facts; other periods have their year end's nominal days.
 */
public record Observation(String subject, String metric, PeriodLabel period, BigDecimal value, String source,
        LocalDate start, LocalDate end, boolean derived) {

    /** An observation sent as a row: its days are the nominal ones of its label. */
    public Observation(String subject, String metric, PeriodLabel period, BigDecimal value, String source) {
        this(subject, metric, period, value, source, null, null, false);
    }

    /** The longest source that is kept (the size of the column). */
    public static final int MAX_SOURCE_LENGTH = 1000;

    public Observation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        if ((start == null) != (end == null) || start != null && start.isAfter(end)) {
            throw new IllegalArgumentException("a period's days need a start no later than its end");
        }
        if (source != null && source.length() > MAX_SOURCE_LENGTH) {
            throw new IllegalArgumentException("source is longer than " + MAX_SOURCE_LENGTH + " characters");
        }
    }
}
