package io.thesiswatch.company.repository;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.thesiswatch.contract.PeriodKind;

/** A validated observation to write; the days are set only for a period taken from a filing. */
public record NewObservation(long subjectId, long metricId, String period, PeriodKind kind, BigDecimal value,
        String source, LocalDate start, LocalDate end, boolean derived) {

    public ObservationKey key() {
        return new ObservationKey(subjectId, metricId, period);
    }
}
