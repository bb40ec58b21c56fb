package io.thesiswatch.company.repository;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An observation as stored; start and end are set only for a period taken from a filing. */
public record StoredObservation(long id, long subjectId, long metricId, String period, BigDecimal value, String source,
        LocalDate start, LocalDate end, boolean derived) {
}
