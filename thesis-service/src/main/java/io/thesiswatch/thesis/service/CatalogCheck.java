package io.thesiswatch.thesis.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.thesis.client.CatalogWire;
import io.thesiswatch.thesis.client.CompanyServiceClient;

/** Checks references to company-service's catalog before anything is stored: one call per request. */
@ApplicationScoped
public class CatalogCheck {

    private final CompanyServiceClient companies;

    public CatalogCheck(CompanyServiceClient companies) {
        this.companies = companies;
    }

    /** Every code must be an existing company (not a group); the problem names each one that is not. */
    public void requireCompanies(List<String> codes) {
        CatalogWire.Response found = companies.lookup(Set.copyOf(codes), List.of());
        Set<String> known = found.subjects().stream().filter(CatalogWire.Subject::isCompany)
                .map(CatalogWire.Subject::code).collect(Collectors.toSet());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!known.contains(codes.get(i))) {
                violations.add(Violation.of("companies[" + i + "]", "unknown company '" + codes.get(i) + "'"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.size() + " company code(s) do not exist in company-service",
                    violations);
        }
    }

    /** The subject (company or group) and the metric must exist. */
    public void requireSeries(String subject, String metric) {
        CatalogWire.Response found = companies.lookup(List.of(subject), List.of(metric));
        List<Violation> violations = new ArrayList<>();
        if (found.subjects().stream().noneMatch(s -> s.code().equals(subject))) {
            violations.add(Violation.of("series.subject", "unknown subject '" + subject + "'"));
        }
        if (found.metrics().stream().noneMatch(m -> m.code().equals(metric))) {
            violations.add(Violation.of("series.metric", "unknown metric '" + metric + "'"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The series does not exist in company-service", violations);
        }
    }
}
