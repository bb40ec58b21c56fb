package io.thesiswatch.company.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.company.api.Codes;
import io.thesiswatch.company.api.HistoryEntry;
import io.thesiswatch.company.api.ObservationRow;
import io.thesiswatch.company.api.UpsertResult;
import io.thesiswatch.company.config.CompanyConfig;
import io.thesiswatch.company.domain.PeriodLabel;
import io.thesiswatch.company.repository.CatalogLookup;
import io.thesiswatch.company.repository.MetricRef;
import io.thesiswatch.company.repository.NewObservation;
import io.thesiswatch.company.repository.ObservationKey;
import io.thesiswatch.company.repository.ObservationStore;
import io.thesiswatch.company.repository.SubjectRef;

/** Batch writes of observations (all or nothing) and the history of one observation. */
@ApplicationScoped
public class ObservationService {

    static final int MAX_SOURCE_LENGTH = 1000;

    private final CatalogLookup catalog;
    private final ObservationStore store;
    private final CompanyConfig config;

    public ObservationService(CatalogLookup catalog, ObservationStore store, CompanyConfig config) {
        this.catalog = catalog;
        this.store = store;
        this.config = config;
    }

    /**
     * Validates every row, then upserts them all, or throws with every bad row and stores nothing.
     * {@code fileLines} (CSV input) gives each row's line in the file, for the error list.
     */
    @Transactional
    public UpsertResult ingest(List<ObservationRow> rows, List<Integer> fileLines) {
        int max = config.observations().maxBatchRows();
        if (rows == null || rows.isEmpty()) {
            throw InvalidInputException.of("body", "must hold at least one observation");
        }
        if (rows.size() > max) {
            throw InvalidInputException.of("body", "holds " + rows.size() + " observations; at most " + max
                    + " are allowed in one request");
        }
        Set<String> subjectCodes = new HashSet<>();
        Set<String> metricCodes = new HashSet<>();
        for (ObservationRow row : rows) {
            if (row != null) {
                subjectCodes.add(row.subject());
                metricCodes.add(row.metric());
            }
        }
        subjectCodes.remove(null);
        metricCodes.remove(null);
        Map<String, SubjectRef> subjects = catalog.subjects(subjectCodes);
        Map<String, MetricRef> metrics = catalog.metrics(metricCodes);

        List<Violation> violations = new ArrayList<>();
        List<NewObservation> valid = new ArrayList<>(rows.size());
        Map<ObservationKey, Integer> firstRowOfKey = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 1;
            Integer line = fileLines == null ? null : fileLines.get(i);
            List<Violation> rowViolations = new ArrayList<>();
            NewObservation observation = validate(rows.get(i), subjects, metrics,
                    (field, message) -> rowViolations.add(new Violation(rowNumber, line, field, message)));
            if (observation != null) {
                Integer earlier = firstRowOfKey.putIfAbsent(observation.key(), rowNumber);
                if (earlier != null) {
                    rowViolations.add(new Violation(rowNumber, line, "period",
                            "repeats the subject, metric and period of row " + earlier));
                } else {
                    valid.add(observation);
                }
            }
            violations.addAll(rowViolations);
        }
        if (!violations.isEmpty()) {
            long badRows = violations.stream().map(Violation::row).distinct().count();
            throw new InvalidInputException(badRows + " of " + rows.size()
                    + " row(s) are invalid; nothing was stored", violations);
        }
        return store.upsert(valid);
    }

    private interface Reporter {
        void report(String field, String message);
    }

    private static NewObservation validate(ObservationRow row, Map<String, SubjectRef> subjects,
            Map<String, MetricRef> metrics, Reporter problems) {
        if (row == null) {
            problems.report("row", "must be an object");
            return null;
        }
        SubjectRef subject = null;
        if (row.subject() == null || row.subject().isBlank()) {
            problems.report("subject", "must not be blank");
        } else if (!row.subject().matches(Codes.SUBJECT)) {
            problems.report("subject", Codes.SUBJECT_MESSAGE);
        } else if ((subject = subjects.get(row.subject())) == null) {
            problems.report("subject", "unknown subject '" + row.subject() + "'");
        }
        MetricRef metric = null;
        if (row.metric() == null || row.metric().isBlank()) {
            problems.report("metric", "must not be blank");
        } else if ((metric = metrics.get(row.metric())) == null) {
            problems.report("metric", "unknown metric '" + row.metric() + "'");
        }
        PeriodLabel period = null;
        try {
            period = PeriodLabel.parse(row.period());
        } catch (IllegalArgumentException e) {
            problems.report("period", e.getMessage());
        }
        BigDecimal value = decimal(row.value(), problems);
        boolean sourceFits = row.source() == null || row.source().length() <= MAX_SOURCE_LENGTH;
        if (!sourceFits) {
            problems.report("source", "must be at most " + MAX_SOURCE_LENGTH + " characters");
        }
        if (subject == null || metric == null || period == null || value == null || !sourceFits) {
            return null;
        }
        return new NewObservation(subject.id(), metric.id(), period.label(), value, blankToNull(row.source()));
    }

    private static BigDecimal decimal(JsonNode node, Reporter problems) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            problems.report("value", "must not be empty");
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                problems.report("value", "must be a finite decimal number, not '" + abbreviate(node.asText()) + "'");
                return null;
            }
        }
        problems.report("value", "must be a finite decimal number");
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Transactional
    public List<HistoryEntry> history(String subjectCode, String metricCode, String periodText) {
        PeriodLabel period;
        try {
            period = PeriodLabel.parse(periodText);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("period", e.getMessage());
        }
        SubjectRef subject = catalog.subjects(Set.of(subjectCode)).get(subjectCode);
        if (subject == null) {
            throw ResourceNotFoundException.of("Subject", subjectCode);
        }
        MetricRef metric = catalog.metrics(Set.of(metricCode)).get(metricCode);
        if (metric == null) {
            throw ResourceNotFoundException.of("Metric", metricCode);
        }
        return store.history(subject.id(), metric.id(), period.label()).orElseThrow(() -> new ResourceNotFoundException(
                "No observation of " + metricCode + " for " + subjectCode + " in " + period.label()));
    }
}
