package io.thesiswatch.company.mapping;

import java.util.List;

import io.thesiswatch.company.api.CompanyResponse;
import io.thesiswatch.company.api.GroupResponse;
import io.thesiswatch.company.api.MetricResponse;
import io.thesiswatch.company.domain.Company;
import io.thesiswatch.company.domain.CompanyGroup;
import io.thesiswatch.company.domain.Metric;

/** Entities to API records; entities never leave the service layer. */
public final class CatalogMapper {

    private CatalogMapper() {
    }

    public static CompanyResponse toResponse(Company c) {
        return new CompanyResponse(c.code, c.name, c.exchange, c.country, c.layer, List.copyOf(c.tags), c.description,
                c.fiscalYearEnd,
                c.createdAt, c.updatedAt);
    }

    public static GroupResponse toResponse(CompanyGroup g) {
        return new GroupResponse(g.code, g.name, g.members.stream().map(m -> m.code).sorted().toList(), g.description,
                g.createdAt, g.updatedAt);
    }

    public static MetricResponse toResponse(Metric m) {
        return new MetricResponse(m.code, m.name, m.unit, m.additive, m.temporal, m.description, m.createdAt);
    }
}
