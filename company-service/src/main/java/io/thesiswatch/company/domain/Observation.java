package io.thesiswatch.company.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value of a metric for a subject in a period, and where it came from: what is written, whether it was
 * sent as a batch of rows or read from a filing. Subject and metric are catalog codes.
 */
public record Observation(String subject, String metric, PeriodLabel period, BigDecimal value, String source) {

    /** The longest source that is kept (the size of the column). */
    public static final int MAX_SOURCE_LENGTH = 1000;

    public Observation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        if (source != null && source.length() > MAX_SOURCE_LENGTH) {
            throw new IllegalArgumentException("source is longer than " + MAX_SOURCE_LENGTH + " characters");
        }
    }
}
