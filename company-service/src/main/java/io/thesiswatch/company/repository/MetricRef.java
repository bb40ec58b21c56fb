package io.thesiswatch.company.repository;

import io.thesiswatch.company.domain.Temporal;
import io.thesiswatch.company.domain.Unit;

public record MetricRef(long id, String code, Unit unit, boolean additive, Temporal temporal) {
}
