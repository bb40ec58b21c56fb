package io.thesiswatch.company.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A value an observation has had; the one in force is {@code current} and has no {@code supersededAt}. */
public record RecordedValue(BigDecimal value, String source, Instant recordedAt, Instant supersededAt,
        boolean current) {
}
