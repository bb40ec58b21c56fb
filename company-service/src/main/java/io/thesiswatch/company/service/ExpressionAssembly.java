package io.thesiswatch.company.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.company.domain.FiscalYearEnd;
import io.thesiswatch.company.domain.SeriesPoint;
import io.thesiswatch.company.repository.MetricRef;
import io.thesiswatch.company.repository.SeriesKey;
import io.thesiswatch.company.repository.StoredObservation;
import io.thesiswatch.company.repository.SubjectRef;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.PeriodLabel;
import io.thesiswatch.contract.expression.SeriesExpression;
import io.thesiswatch.contract.expression.SeriesReference;

/**
 * Builds a series from an expression over series (README, "Expressions and backtests"): every reference is read like
 * any series, on one kind and one basis, and the expression is computed for each period where every reference has a
 * point. Pure: the caller has resolved the codes and read the observations.
 */
final class ExpressionAssembly {

    /** A computed point and the points of its operands, by reference, so the figure can be traced to its sources. */
    record ExpressionPoint(SeriesPoint point, Map<SeriesReference, SeriesPoint> operands) {
    }

    record Answer(PeriodKind kind, Basis basis, List<ExpressionPoint> points, String reason) {
    }

    private ExpressionAssembly() {
    }

    /**
     * @param field the request field the expression came in, named in problems
     * @throws InvalidInputException naming {@code field} and the reference at fault (unknown code, a kind or basis
     *         the references do not share)
     */
    static Answer answer(String field, SeriesExpression expression, PeriodKind askedKind, Basis askedBasis,
            Map<String, SubjectRef> subjects, Map<String, MetricRef> metrics,
            Map<SeriesKey, List<StoredObservation>> observations) {
        List<SeriesReference> references = expression.references();
        for (SeriesReference reference : references) {
            if (!subjects.containsKey(reference.subject())) {
                throw InvalidInputException.of(field, "'" + reference.text() + "': unknown subject '"
                        + reference.subject() + "'");
            }
            if (!metrics.containsKey(reference.metric())) {
                throw InvalidInputException.of(field, "'" + reference.text() + "': unknown metric '"
                        + reference.metric() + "'");
            }
        }
        Basis basis = askedBasis != null ? askedBasis : defaultBasis(references, subjects);
        if (basis == Basis.FISCAL) {
            requireOneYearEnd(field, references, subjects);
        }
        Map<SeriesReference, SeriesAssembly.Answer> operands = new LinkedHashMap<>();
        for (SeriesReference reference : references) {
            try {
                operands.put(reference, SeriesAssembly.answer(subjects.get(reference.subject()),
                        metrics.get(reference.metric()), reference.transform(), reference.window(), askedKind, basis,
                        observations));
            } catch (InvalidInputException e) {
                throw InvalidInputException.of(e.violations().get(0).field(), "'" + reference.text() + "': "
                        + e.violations().get(0).message());
            }
        }
        Optional<Map.Entry<SeriesReference, SeriesAssembly.Answer>> empty = operands.entrySet().stream()
                .filter(operand -> operand.getValue().kind() == null).findFirst();
        if (empty.isPresent()) {
            return new Answer(askedKind, basis, List.of(),
                    "'" + empty.get().getKey().text() + "' has no observations yet");
        }
        PeriodKind kind = askedKind != null ? askedKind : sharedKind(operands);
        List<ExpressionPoint> points = compute(expression, basis, operands);
        return new Answer(kind, basis, points, points.isEmpty() ? whyEmpty(operands) : null);
    }

    /**
     * On the calendar basis a point covers its label's calendar days whoever's fiscal periods made its operands; on
     * the fiscal basis (one year end) it covers the operands' own days.
     */
    private static List<ExpressionPoint> compute(SeriesExpression expression, Basis basis,
            Map<SeriesReference, SeriesAssembly.Answer> operands) {
        Map<PeriodLabel, Map<SeriesReference, SeriesPoint>> byPeriod = new TreeMap<>();
        operands.forEach((reference, answer) -> answer.points().forEach(point -> byPeriod
                .computeIfAbsent(point.period(), period -> new HashMap<>()).put(reference, point)));
        SeriesExpression.Calculator calculator = expression.calculator();
        List<ExpressionPoint> points = new ArrayList<>();
        byPeriod.forEach((period, shared) -> {
            if (shared.size() < operands.size()) {
                return;
            }
            Map<SeriesReference, BigDecimal> values = new HashMap<>();
            shared.forEach((reference, point) -> values.put(reference, point.value()));
            calculator.value(values).ifPresent(value -> {
                SeriesPoint first = shared.get(operands.keySet().iterator().next());
                Map<SeriesReference, SeriesPoint> inOrder = new LinkedHashMap<>();
                operands.keySet().forEach(reference -> inOrder.put(reference, shared.get(reference)));
                SeriesPoint point = basis == Basis.CALENDAR ? new SeriesPoint(period, value)
                        : new SeriesPoint(period, value, first.start(), first.end(), List.of(), null, false);
                points.add(new ExpressionPoint(point, inOrder));
            });
        });
        return points;
    }

    /** One subject's own basis (a company's fiscal periods); across subjects, calendar periods, which all share. */
    private static Basis defaultBasis(List<SeriesReference> references, Map<String, SubjectRef> subjects) {
        Set<String> named = references.stream().map(SeriesReference::subject).collect(Collectors.toSet());
        return named.size() == 1 ? Basis.defaultFor(subjects.get(named.iterator().next()).group()) : Basis.CALENDAR;
    }

    /** Fiscal labels of companies whose years end on different days name different times: 2025-Q1 is not 2025-Q1. */
    private static void requireOneYearEnd(String field, List<SeriesReference> references,
            Map<String, SubjectRef> subjects) {
        Map<String, Set<FiscalYearEnd>> ends = new LinkedHashMap<>();
        for (SeriesReference reference : references) {
            SubjectRef subject = subjects.get(reference.subject());
            Set<FiscalYearEnd> own = subject.group()
                    ? subject.members().values().stream().map(SubjectRef.Member::yearEnd).collect(Collectors.toSet())
                    : Set.of(subject.yearEnd());
            ends.put(subject.code(), own);
        }
        Set<FiscalYearEnd> all = new LinkedHashSet<>();
        ends.values().forEach(all::addAll);
        if (all.stream().anyMatch(end -> !end.matches(all.iterator().next()))) {
            throw InvalidInputException.of("basis", "FISCAL needs every subject of " + field + " to end its fiscal "
                    + "year on the same day, but " + ends.entrySet().stream()
                            .map(e -> e.getKey() + " ends it on " + e.getValue().stream().map(FiscalYearEnd::toString)
                                    .sorted().collect(Collectors.joining(" and ")))
                            .collect(Collectors.joining(", ")) + ": use CALENDAR");
        }
    }

    private static String whyEmpty(Map<SeriesReference, SeriesAssembly.Answer> operands) {
        return operands.entrySet().stream().filter(operand -> operand.getValue().points().isEmpty()).findFirst()
                .map(operand -> "'" + operand.getKey().text() + "': " + operand.getValue().reason())
                .orElse("no period has a point for every reference (or a divisor is zero in each)");
    }

    private static PeriodKind sharedKind(Map<SeriesReference, SeriesAssembly.Answer> operands) {
        Set<PeriodKind> kinds = operands.values().stream().map(SeriesAssembly.Answer::kind)
                .collect(Collectors.toSet());
        if (kinds.size() > 1) {
            throw InvalidInputException.of("kind", "is required: the references have different kinds of period ("
                    + operands.entrySet().stream().map(e -> e.getKey().text() + " " + e.getValue().kind())
                            .collect(Collectors.joining(", ")) + "); ask for one with kind=");
        }
        return kinds.iterator().next();
    }
}
