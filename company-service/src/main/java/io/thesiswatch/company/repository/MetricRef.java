package io.thesiswatch.company.repository;

import io.thesiswatch.company.domain.Temporal;
import io.thesiswatch.contract.Unit;

/** A metric of the catalog as reads and writes need it; {@code name} is how people call it ("Capital expenditure"). */
public record MetricRef(long id, String code, String name, Unit unit, boolean additive, Temporal temporal) {
}
