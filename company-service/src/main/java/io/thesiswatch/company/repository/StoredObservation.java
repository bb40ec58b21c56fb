package io.thesiswatch.company.repository;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.thesiswatch.contract.PeriodLabel;

/**
 * An observation as stored, its period parsed once as it is read; start and end are set only for a period taken
 * from a filing.
 */
public record StoredObservation(long id, long subjectId, long metricId, PeriodLabel period, BigDecimal value, String source,
        LocalDate start, LocalDate end, boolean derived) {
}
