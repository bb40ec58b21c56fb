package io.thesiswatch.company.repository;

import java.math.BigDecimal;

/** A validated observation to write. */
public record NewObservation(long subjectId, long metricId, String period, BigDecimal value, String source) {

    public ObservationKey key() {
        return new ObservationKey(subjectId, metricId, period);
    }
}
