package io.thesiswatch.thesis.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.expression.SeriesExpression;
import io.thesiswatch.contract.expression.SeriesReference;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.thesis.client.CatalogWire;
import io.thesiswatch.thesis.client.CompanyServiceClient;
import io.thesiswatch.thesis.domain.SeriesKey;

/** Checks references to company-service's catalog before anything is stored: one call per request. */
@ApplicationScoped
public class CatalogCheck {

    static final String EXPRESSION_FIELD = "series.expression";

    private final CompanyServiceClient companies;

    public CatalogCheck(CompanyServiceClient companies) {
        this.companies = companies;
    }

    /** Every code must be an existing company (not a group); the problem names each one that is not. */
    public void requireCompanies(List<String> codes) {
        CatalogWire.Response found = companies.lookup(Set.copyOf(codes), List.of(), List.of());
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

    /** The subject (company or group) and the metric must exist; answers what periods the series has. */
    public SeriesPeriods requireSeries(SeriesKey series) {
        String subject = series.subject();
        String metric = series.metric();
        CatalogWire.Response found = companies.lookup(List.of(subject), List.of(metric),
                List.of(new CatalogWire.SeriesQuery(subject, metric)));
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
        Map<SeriesKey, SeriesPeriods> periods = periodsIn(found);
        return periods.containsKey(series) ? periods.get(series)
                : SeriesPeriods.withoutAnswer(series, groups(found).contains(subject));
    }

    /**
     * Every reference of the expression must name an existing subject and metric, each readable on the basis asked
     * (one call); answers the basis: the one asked, else one subject's own, else CALENDAR.
     */
    public Basis requireExpression(SeriesExpression expression, Basis asked) {
        List<SeriesReference> references = expression.references();
        Set<String> subjects = references.stream().map(SeriesReference::subject)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> metrics = references.stream().map(SeriesReference::metric)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        CatalogWire.Response found = companies.lookup(subjects, metrics, references.stream()
                .map(r -> new CatalogWire.SeriesQuery(r.subject(), r.metric())).distinct().toList());
        Set<String> knownSubjects = found.subjects().stream().map(CatalogWire.Subject::code)
                .collect(Collectors.toSet());
        Set<String> knownMetrics = found.metrics().stream().map(CatalogWire.Metric::code).collect(Collectors.toSet());
        Map<SeriesKey, SeriesPeriods> periods = periodsIn(found);
        List<Violation> violations = new ArrayList<>();
        for (SeriesReference reference : references) {
            String problem = !knownSubjects.contains(reference.subject())
                    ? "unknown subject '" + reference.subject() + "'"
                    : !knownMetrics.contains(reference.metric()) ? "unknown metric '" + reference.metric() + "'"
                    : null;
            if (problem != null) {
                violations.add(Violation.of(EXPRESSION_FIELD, "'" + reference.text() + "': " + problem));
                continue;
            }
            SeriesPeriods series = periods.get(new SeriesKey(reference.subject(), reference.metric()));
            if (asked != null && series != null && !series.bases().contains(asked)) {
                violations.add(Violation.of("series.basis", asked + " is not available for '" + reference.text()
                        + "'; use " + series.bases().stream().map(Enum::name).collect(Collectors.joining(" or "))));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The expression names series that company-service cannot answer",
                    violations);
        }
        if (asked != null) {
            return asked;
        }
        return subjects.size() == 1 ? Basis.defaultFor(groups(found).contains(subjects.iterator().next()))
                : Basis.CALENDAR;
    }

    /**
     * What periods these series have, asked in one call (up to {@link CatalogWire#MAX_SERIES}); a series whose
     * subject or metric no longer exists is left out.
     */
    public Map<SeriesKey, SeriesPeriods> periodsOf(List<SeriesKey> series) {
        if (series.size() > CatalogWire.MAX_SERIES) {
            throw new IllegalArgumentException("At most " + CatalogWire.MAX_SERIES + " series per lookup");
        }
        Set<String> subjects = series.stream().map(SeriesKey::subject)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> metrics = series.stream().map(SeriesKey::metric)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<CatalogWire.SeriesQuery> asked = series.stream()
                .map(s -> new CatalogWire.SeriesQuery(s.subject(), s.metric())).toList();
        return periodsIn(companies.lookup(subjects, metrics, asked));
    }

    private static Map<SeriesKey, SeriesPeriods> periodsIn(CatalogWire.Response found) {
        Set<String> groups = groups(found);
        return found.seriesOrNone().stream()
                .map(s -> SeriesPeriods.of(new SeriesKey(s.subject(), s.metric()), groups.contains(s.subject()),
                        s.kinds(), s.bases(), s.defaultBasis()))
                .collect(Collectors.toMap(SeriesPeriods::series, Function.identity(), (first, second) -> first));
    }

    private static Set<String> groups(CatalogWire.Response found) {
        return found.subjects().stream().filter(s -> !s.isCompany()).map(CatalogWire.Subject::code)
                .collect(Collectors.toSet());
    }
}
