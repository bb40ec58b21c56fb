package io.thesiswatch.company.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.common.text.ControlCharacters;
import io.thesiswatch.common.validation.BoundedDigits;
import io.thesiswatch.company.api.Codes;
import io.thesiswatch.company.api.ObservationRow;
import io.thesiswatch.company.config.CompanyConfig;
import io.thesiswatch.company.domain.Observation;
import io.thesiswatch.contract.PeriodLabel;
import io.thesiswatch.company.repository.CodeResolver;
import io.thesiswatch.company.repository.MetricRef;

/**
 * Turns the rows of an observation request (JSON, or CSV read into rows) into observations, or throws with
 * every bad row at once: a batch is all or nothing, and its sender fixes everything in one go.
 */
@ApplicationScoped
public class ObservationRowValidator {

    /** Compiled once: every row of a batch (up to 10,000) is checked. */
    private static final Pattern SUBJECT_CODE = Pattern.compile(Codes.SUBJECT);

    private final CodeResolver codes;
    private final CompanyConfig config;

    public ObservationRowValidator(CodeResolver codes, CompanyConfig config) {
        this.codes = codes;
        this.config = config;
    }

    /** {@code fileLines} (CSV input, else null) gives each row's line in the file, for the error list. */
    public List<Observation> validate(List<ObservationRow> rows, List<Integer> fileLines) {
        requireBatchSize(rows);
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
        Set<String> knownSubjects = codes.subjectIds(subjectCodes).keySet();
        Map<String, MetricRef> knownMetrics = codes.metrics(metricCodes);

        List<Violation> violations = new ArrayList<>();
        List<Observation> valid = new ArrayList<>(rows.size());
        Map<SeriesPeriod, Integer> firstRowOfKey = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 1;
            Integer line = fileLines == null ? null : fileLines.get(i);
            Reporter problems = (field, message) -> violations.add(new Violation(rowNumber, line, field, message));
            Observation observation = validate(rows.get(i), knownSubjects, knownMetrics.keySet(), problems);
            if (observation == null) {
                continue;
            }
            Integer earlier = firstRowOfKey.putIfAbsent(SeriesPeriod.of(observation), rowNumber);
            if (earlier != null) {
                problems.report("period", "repeats the subject, metric and period of row " + earlier);
            } else {
                valid.add(observation);
            }
        }
        if (!violations.isEmpty()) {
            long badRows = violations.stream().map(Violation::row).distinct().count();
            throw new InvalidInputException(badRows + " of " + rows.size()
                    + " row(s) are invalid; nothing was stored", violations);
        }
        return valid;
    }

    private void requireBatchSize(List<ObservationRow> rows) {
        int max = config.observations().maxBatchRows();
        if (rows == null || rows.isEmpty()) {
            throw InvalidInputException.of("body", "must hold at least one observation");
        }
        if (rows.size() > max) {
            throw InvalidInputException.of("body", "holds " + rows.size() + " observations; at most " + max
                    + " are allowed in one request");
        }
    }

    private interface Reporter {
        void report(String field, String message);
    }

    /** Which observation a row is: two rows of one batch may not name the same one. */
    private record SeriesPeriod(String subject, String metric, PeriodLabel period) {

        static SeriesPeriod of(Observation observation) {
            return new SeriesPeriod(observation.subject(), observation.metric(), observation.period());
        }
    }

    private static Observation validate(ObservationRow row, Set<String> knownSubjects, Set<String> knownMetrics,
            Reporter problems) {
        if (row == null) {
            problems.report("row", "must be an object");
            return null;
        }
        boolean subjectFits = printable("subject", row.subject(), problems)
                && knownSubject(row.subject(), knownSubjects, problems);
        boolean metricFits = printable("metric", row.metric(), problems)
                && knownMetric(row.metric(), knownMetrics, problems);
        PeriodLabel period = printable("period", row.period(), problems) ? period(row.period(), problems) : null;
        BigDecimal value = decimal(row.value(), problems);
        boolean sourceFits = printable("source", row.source(), problems) && sourceFits(row.source(), problems);
        if (!subjectFits || !metricFits || period == null || value == null || !sourceFits) {
            return null;
        }
        return new Observation(row.subject(), row.metric(), period, value, blankToNull(row.source()));
    }

    private static boolean knownSubject(String subject, Set<String> knownSubjects, Reporter problems) {
        if (subject == null || subject.isBlank()) {
            problems.report("subject", "must not be blank");
        } else if (!SUBJECT_CODE.matcher(subject).matches()) {
            problems.report("subject", Codes.SUBJECT_MESSAGE);
        } else if (!knownSubjects.contains(subject)) {
            problems.report("subject", "unknown subject '" + subject + "'");
        } else {
            return true;
        }
        return false;
    }

    private static boolean knownMetric(String metric, Set<String> knownMetrics, Reporter problems) {
        if (metric == null || metric.isBlank()) {
            problems.report("metric", "must not be blank");
        } else if (!knownMetrics.contains(metric)) {
            problems.report("metric", "unknown metric '" + metric + "'");
        } else {
            return true;
        }
        return false;
    }

    private static PeriodLabel period(String text, Reporter problems) {
        try {
            return PeriodLabel.parse(text);
        } catch (IllegalArgumentException e) {
            problems.report("period", e.getMessage());
            return null;
        }
    }

    private static boolean sourceFits(String source, Reporter problems) {
        if (source != null && source.length() > Observation.MAX_SOURCE_LENGTH) {
            problems.report("source", "must be at most " + Observation.MAX_SOURCE_LENGTH + " characters");
            return false;
        }
        return true;
    }

    private static BigDecimal decimal(JsonNode node, Reporter problems) {
        BigDecimal value = anyDecimal(node, problems);
        if (value != null && !BoundedDigits.Check.fits(value)) {
            problems.report("value", "must have at most " + BoundedDigits.MAX + " digits before and after the point");
            return null;
        }
        return value;
    }

    private static BigDecimal anyDecimal(JsonNode node, Reporter problems) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            problems.report("value", "must not be empty");
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            if (!printable("value", node.asText(), problems)) {
                return null;
            }
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

    /**
     * Text that reaches the service as CSV cells or a JSON value node has not passed the JSON string check: the
     * same rule applies here, so that nothing PostgreSQL cannot store (U+0000) gets as far as a write.
     */
    private static boolean printable(String field, String text, Reporter problems) {
        Optional<String> problem = ControlCharacters.problemIn(text);
        problem.ifPresent(message -> problems.report(field, message));
        return problem.isEmpty();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
