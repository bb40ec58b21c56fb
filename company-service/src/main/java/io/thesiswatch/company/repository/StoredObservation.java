package io.thesiswatch.company.repository;

import java.math.BigDecimal;

public record StoredObservation(long id, long subjectId, long metricId, String period, BigDecimal value, String source) {
}
