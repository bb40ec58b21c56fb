package io.thesiswatch.company.sec;

import io.thesiswatch.contract.PeriodKind;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.company.domain.Company;
import io.thesiswatch.company.domain.Metric;
import io.thesiswatch.company.domain.Observation;
import io.thesiswatch.company.domain.Temporal;
import io.thesiswatch.contract.Unit;
import io.thesiswatch.company.domain.UpsertCounts;
import io.thesiswatch.company.repository.CompanyRepository;
import io.thesiswatch.company.repository.MetricRepository;
import io.thesiswatch.company.ingest.ObservationWriter;

/**
 * Imports an SEC EDGAR companyfacts file for one company: the configured concepts become the metrics'
 * annual and quarterly series, written through the same upsert as every other observation (history
 * kept), all in one transaction: a bad file stores nothing.
 */
@ApplicationScoped
public class SecImportService {

    private final SecConfig config;
    private final CompanyRepository companies;
    private final MetricRepository metrics;
    private final ObservationWriter writer;

    public SecImportService(SecConfig config, CompanyRepository companies, MetricRepository metrics,
            ObservationWriter writer) {
        this.config = config;
        this.companies = companies;
        this.metrics = metrics;
        this.writer = writer;
    }

    /** Fails with 400 when the subject is not a company of the catalog. */
    @Transactional
    public Company requireCompany(String subject) {
        if (subject == null || subject.isBlank()) {
            throw InvalidInputException.of("subject", "is required: the company code the facts belong to");
        }
        return companies.findByCode(subject).orElseThrow(
                () -> InvalidInputException.of("subject", "unknown company '" + subject + "'"));
    }

    @Transactional
    public ImportReport importFacts(String subject, InputStream body, Consumer<String> progress) {
        Company company = requireCompany(subject);
        Map<String, List<String>> mapping = new TreeMap<>(config.concepts());
        Set<String> wanted = new HashSet<>();
        mapping.values().forEach(wanted::addAll);
        progress.accept("reading facts");
        CompanyFactsReader.CompanyFacts facts = CompanyFactsReader.read(body, wanted);
        progress.accept("read " + facts.factsRead() + " facts of " + facts.entityName());
        List<ImportReport.MetricImport> reports = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : mapping.entrySet()) {
            String metric = entry.getKey();
            PeriodFacts.Selection selection = PeriodFacts.select(entry.getValue(), facts.facts());
            selection.yearEnd().ifPresent(yearEnd -> company.fiscalYearEnd = yearEnd.toString());
            List<PeriodFacts.Selected> selected = selection.periods();
            if (selected.isEmpty()) {
                reports.add(new ImportReport.MetricImport(metric, List.of(), 0, 0, 0, 0, 0, false));
                continue;
            }
            boolean created = ensureMetric(metric);
            List<Observation> observations = selected.stream()
                    .map(s -> new Observation(subject, metric, s.period(), s.value(), truncate(s.source()),
                            s.start(), s.end(), s.derived()))
                    .toList();
            UpsertCounts written = writer.write(observations);
            int annual = (int) observations.stream().filter(o -> o.period().kind() == PeriodKind.YEAR).count();
            Set<String> used = new LinkedHashSet<>();
            entry.getValue().stream().filter(c -> selected.stream().anyMatch(s -> s.concept().equals(c)))
                    .forEach(used::add);
            reports.add(new ImportReport.MetricImport(metric, List.copyOf(used), annual, selected.size() - annual,
                    written.inserted(), written.updated(), written.unchanged(), created));
            progress.accept(metric + ": " + selected.size() + " values");
        }
        return new ImportReport(subject, facts.cik(), facts.entityName(), facts.factsRead(), reports);
    }

    private boolean ensureMetric(String code) {
        if (metrics.findByCode(code).isPresent()) {
            return false;
        }
        Metric metric = new Metric();
        metric.code = code;
        metric.name = code.charAt(0) + code.substring(1).toLowerCase().replace('_', ' ');
        metric.unit = Unit.USD;
        metric.additive = true;
        metric.temporal = Temporal.FLOW; // the mapped concepts are cash flows and revenue over a period
        metric.description = "Created by an SEC companyfacts import";
        metric.createdAt = Instant.now();
        metrics.persistAndFlush(metric);
        return true;
    }

    private static String truncate(String source) {
        return source.length() <= Observation.MAX_SOURCE_LENGTH ? source
                : source.substring(0, Observation.MAX_SOURCE_LENGTH);
    }
}
