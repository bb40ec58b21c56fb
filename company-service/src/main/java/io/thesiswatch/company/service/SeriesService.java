package io.thesiswatch.company.service;

import io.thesiswatch.contract.PeriodKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.company.api.ExpressionSeriesResponse;
import io.thesiswatch.company.api.GapResponse;
import io.thesiswatch.company.api.OperandResponse;
import io.thesiswatch.company.api.PointResponse;
import io.thesiswatch.company.api.SeriesQuery;
import io.thesiswatch.company.api.SeriesQueryResponse;
import io.thesiswatch.company.api.SeriesResponse;
import io.thesiswatch.company.api.SeriesResult;
import io.thesiswatch.company.api.SeriesSpec;
import io.thesiswatch.contract.PeriodLabel;
import io.thesiswatch.company.domain.SeriesPoint;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.contract.expression.InvalidExpressionException;
import io.thesiswatch.contract.expression.SeriesExpression;
import io.thesiswatch.contract.expression.SeriesReference;
import io.thesiswatch.contract.Unit;
import io.thesiswatch.company.repository.CodeResolver;
import io.thesiswatch.company.repository.MetricRef;
import io.thesiswatch.company.repository.ObservationStore;
import io.thesiswatch.company.repository.OneSeriesQuery;
import io.thesiswatch.company.repository.RecentObservations;
import io.thesiswatch.company.repository.SeriesKey;
import io.thesiswatch.company.repository.StoredObservation;
import io.thesiswatch.company.repository.SubjectRef;

/**
 * Reads series, observed, derived or computed from expressions. However many series (and references) are asked
 * for, a read costs four queries: subjects, group members, metrics, observations; a company's single series, one.
 * A batch for the last points of companies' series reads their latest observations only (one more query, and one
 * for the kinds of period of series asked without a kind), and reads whole, in one more, the series whose latest
 * observations cannot settle the answer.
 */
@ApplicationScoped
public class SeriesService {

    private final CodeResolver codes;
    private final ObservationStore store;
    private final OneSeriesQuery oneSeries;

    public SeriesService(CodeResolver codes, ObservationStore store, OneSeriesQuery oneSeries) {
        this.codes = codes;
        this.store = store;
        this.oneSeries = oneSeries;
    }

    /**
     * One series, every point between {@code from} and {@code to} (period labels of the series' kind, both
     * optional). A company's series is one statement through the non-blocking client, answered on the calling event
     * loop; a group's, or an unknown code, takes the batch read's queries on a worker thread. Reads run without a
     * JTA transaction: each query stands alone, and skipping the transaction manager is a measurable share of a
     * read's cost (bench/RESULTS.md). Bad parameters fail at once, before anything is read.
     */
    public Uni<SeriesResponse> series(String subject, String metric, Transform transform, Integer window,
            String from, String to, PeriodKind kind, Basis basis) {
        Transform t = Transform.orDefault(transform);
        t.windowProblem(window).ifPresent(problem -> {
            throw InvalidInputException.of("window", problem);
        });
        OneSeriesAsked asked = new OneSeriesAsked(subject, metric, t, window, periodParam("from", from, kind),
                periodParam("to", to, kind), kind, basis);
        return oneSeries.read(subject, metric)
                .flatMap(one -> one.isPresent() ? Uni.createFrom().item(Resolved.of(one.get()))
                        : Uni.createFrom().item(() -> resolve(List.of(asked.reference())))
                                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .map(asked::answer);
    }

    /** One series as asked, its parameters checked. */
    private record OneSeriesAsked(String subject, String metric, Transform transform, Integer window,
            PeriodLabel from, PeriodLabel to, PeriodKind kind, Basis basis) {

        SeriesReference reference() {
            return new SeriesReference(subject, metric, transform, window);
        }

        SeriesResponse answer(Resolved resolved) {
            SubjectRef s = resolved.subjects().get(subject);
            if (s == null) {
                throw ResourceNotFoundException.of("Subject", subject);
            }
            MetricRef m = resolved.metrics().get(metric);
            if (m == null) {
                throw ResourceNotFoundException.of("Metric", metric);
            }
            SeriesAssembly.Answer answer = SeriesAssembly.answer(s, m, transform, window, kind, basis,
                    resolved.observations());
            requireKind("from", from, answer.kind());
            requireKind("to", to, answer.kind());
            List<PointResponse> points = answer.points().stream()
                    .filter(p -> from == null || p.period().compareTo(from) >= 0)
                    .filter(p -> to == null || p.period().compareTo(to) <= 0)
                    .map(SeriesService::toResponse)
                    .toList();
            List<GapResponse> gaps = answer.gaps().stream()
                    .map(g -> new GapResponse(g.period().label(), g.reason(), g.detail())).toList();
            return new SeriesResponse(subject, metric, transform, transform.takesWindow() ? window : null,
                    unitOf(m, transform), answer.kind(), answer.basis(), answer.fromMembers(), points, gaps,
                    points.isEmpty() ? answer.reason() : null);
        }
    }

    /**
     * A series computed from an expression over series (README, "Expressions and backtests"), with each point's
     * operands.
     */
    public ExpressionSeriesResponse expression(String text, Unit unit, String from, String to, PeriodKind kind,
            Basis basis) {
        SeriesExpression expression = ExpressionText.parse("expression", text);
        PeriodLabel fromPeriod = periodParam("from", from, kind);
        PeriodLabel toPeriod = periodParam("to", to, kind);
        Resolved resolved = resolve(expression.references());
        ExpressionAssembly.Answer answer = ExpressionAssembly.answer("expression", expression, kind, basis,
                resolved.subjects(), resolved.metrics(), resolved.observations());
        requireKind("from", fromPeriod, answer.kind());
        requireKind("to", toPeriod, answer.kind());
        List<PointResponse> points = answer.points().stream()
                .filter(p -> fromPeriod == null || p.point().period().compareTo(fromPeriod) >= 0)
                .filter(p -> toPeriod == null || p.point().period().compareTo(toPeriod) <= 0)
                .map(SeriesService::toResponse)
                .toList();
        return new ExpressionSeriesResponse(expression.text(), ExpressionText.inWords(expression, resolved.metrics()),
                unit == null ? Unit.RATIO : unit, answer.kind(), answer.basis(), points,
                points.isEmpty() ? answer.reason() : null);
    }

    /**
     * Many series at once, in the order asked; a series that cannot be answered carries an error instead. Expressions
     * add their references to the one read: the statements do not grow with the number of references.
     */
    public SeriesQueryResponse query(SeriesQuery query) {
        requireOneSeriesEach(query.series());
        Map<Integer, SeriesExpression> expressions = new HashMap<>();
        Map<Integer, String> refused = new HashMap<>();
        List<SeriesSpec> plain = new ArrayList<>();
        List<SeriesReference> wanted = new ArrayList<>();
        for (int i = 0; i < query.series().size(); i++) {
            SeriesSpec spec = query.series().get(i);
            if (spec.expression() == null) {
                plain.add(spec);
                continue;
            }
            try {
                SeriesExpression expression = SeriesExpression.parse(spec.expression());
                expressions.put(i, expression);
                wanted.addAll(expression.references());
            } catch (InvalidExpressionException e) {
                refused.put(i, "expression " + e.getMessage());
            }
        }
        Resolved resolved;
        if (query.last() == null) {
            plain.forEach(spec -> wanted.add(new SeriesReference(spec.subject(), spec.metric(), null, null)));
            resolved = resolve(wanted);
        } else {
            resolved = resolve(wanted, plain, query.last());
        }
        List<SeriesResult> results = new ArrayList<>(query.series().size());
        Set<SeriesKey> readWhole = new HashSet<>();
        for (int i = 0; i < query.series().size(); i++) {
            SeriesSpec spec = query.series().get(i);
            if (refused.containsKey(i)) {
                results.add(SeriesResult.failed(spec, null, null, refused.get(i)));
            } else if (expressions.containsKey(i)) {
                results.add(expressionResult(spec, expressions.get(i), resolved, query.last()));
            } else {
                SeriesResult result = seriesResult(spec, resolved, query.last());
                if (result == null) {
                    readWhole.add(resolved.key(spec));
                }
                results.add(result);
            }
        }
        if (!readWhole.isEmpty()) { // the recent observations of these series could not settle their answers
            Resolved whole = resolved.withWhole(readWhole, store.series(readWhole));
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) == null) {
                    results.set(i, seriesResult(query.series().get(i), whole, query.last()));
                }
            }
        }
        return new SeriesQueryResponse(results);
    }

    /** Each item names a subject and a metric, or an expression alone: a 400 naming the item otherwise. */
    private static void requireOneSeriesEach(List<SeriesSpec> specs) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            SeriesSpec spec = specs.get(i);
            String item = "series[" + i + "].";
            if (spec.expression() == null) {
                if (spec.subject() == null) {
                    violations.add(Violation.of(item + "subject", "must not be null (or give an expression)"));
                }
                if (spec.metric() == null) {
                    violations.add(Violation.of(item + "metric", "must not be null (or give an expression)"));
                }
            } else if (spec.subject() != null || spec.metric() != null || spec.transform() != null
                    || spec.window() != null) {
                violations.add(Violation.of(item + "expression", "takes no subject, metric, transform or window"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.size() + " series of the query are not one series each",
                    violations);
        }
    }

    /** The result of a plain series; null when its recent observations could not settle it (read it whole). */
    private static SeriesResult seriesResult(SeriesSpec spec, Resolved resolved, Integer last) {
        Transform t = Transform.orDefault(spec.transform());
        Integer window = t.takesWindow() ? spec.window() : null;
        SubjectRef s = resolved.subjects().get(spec.subject());
        MetricRef m = resolved.metrics().get(spec.metric());
        String windowProblem = t.windowProblem(spec.window()).orElse(null);
        String error = s == null ? "unknown subject '" + spec.subject() + "'"
                : m == null ? "unknown metric '" + spec.metric() + "'"
                : windowProblem != null ? "window " + windowProblem
                : null;
        if (error != null) {
            return SeriesResult.failed(spec, t, window, error);
        }
        SeriesAssembly.Answer answer;
        RecentObservations recent = resolved.recent().get(new SeriesKey(s.id(), m.id()));
        try {
            if (recent != null) {
                Optional<SeriesAssembly.Answer> fromRecent = SeriesAssembly.fromRecent(s, m, t, spec.window(),
                        spec.kind(), recent, last);
                if (fromRecent.isEmpty()) {
                    return null;
                }
                answer = fromRecent.get();
            } else {
                answer = SeriesAssembly.answer(s, m, t, spec.window(), spec.kind(), spec.basis(),
                        resolved.observations(), last);
            }
        } catch (InvalidInputException e) {
            return SeriesResult.failed(spec, t, window, e.getMessage());
        }
        return new SeriesResult(spec.subject(), spec.metric(), m.name(), null, t, window, unitOf(m, t), answer.kind(),
                answer.basis(), lastOf(answer.points(), last).stream().map(SeriesService::toResponse).toList(), null);
    }

    private static SeriesResult expressionResult(SeriesSpec spec, SeriesExpression expression, Resolved resolved,
            Integer last) {
        ExpressionAssembly.Answer answer;
        try {
            answer = ExpressionAssembly.answer("expression", expression, spec.kind(), spec.basis(),
                    resolved.subjects(), resolved.metrics(), resolved.observations());
        } catch (InvalidInputException e) {
            return SeriesResult.failed(spec, null, null, e.getMessage());
        }
        return new SeriesResult(null, null, ExpressionText.inWords(expression, resolved.metrics()), spec.expression(),
                null, null, spec.unit() == null ? Unit.RATIO : spec.unit(), answer.kind(), answer.basis(),
                lastOf(answer.points(), last).stream().map(SeriesService::toResponse).toList(), null);
    }

    private static <T> List<T> lastOf(List<T> points, Integer last) {
        return last != null && points.size() > last ? points.subList(points.size() - last, points.size()) : points;
    }

    /**
     * What a read found: subjects and metrics by code, whole series, and the recent observations of the series
     * read that way (a query for the last points of companies' series on their fiscal basis).
     */
    private record Resolved(Map<String, SubjectRef> subjects, Map<String, MetricRef> metrics,
            Map<SeriesKey, List<StoredObservation>> observations, Map<SeriesKey, RecentObservations> recent) {

        static Resolved of(OneSeriesQuery.OneSeries one) {
            SubjectRef s = one.subject();
            MetricRef m = one.metric();
            return new Resolved(Map.of(s.code(), s), Map.of(m.code(), m), one.observations().isEmpty() ? Map.of()
                    : Map.of(new SeriesKey(s.id(), m.id()), one.observations()), Map.of());
        }

        SeriesKey key(SeriesSpec spec) {
            return new SeriesKey(subjects.get(spec.subject()).id(), metrics.get(spec.metric()).id());
        }

        /** The same with these series read whole instead of recently. */
        Resolved withWhole(Set<SeriesKey> keys, Map<SeriesKey, List<StoredObservation>> whole) {
            Map<SeriesKey, List<StoredObservation>> all = new HashMap<>(observations);
            all.putAll(whole);
            Map<SeriesKey, RecentObservations> stillRecent = new HashMap<>(recent);
            stillRecent.keySet().removeAll(keys);
            return new Resolved(subjects, metrics, all, stillRecent);
        }
    }

    private Resolved resolve(List<SeriesReference> wanted) {
        return resolve(wanted, List.of(), null);
    }

    /**
     * Reads the series {@code whole} and {@code recentSpecs} name. A company's series on its fiscal basis that only
     * {@code recentSpecs} name is read recent observations only: enough for {@code last} points and their base
     * periods when the series is quarterly or annual (SeriesAssembly.fromRecent tells when they are not).
     */
    private Resolved resolve(List<SeriesReference> whole, List<SeriesSpec> recentSpecs, Integer last) {
        Set<String> subjectCodes = new HashSet<>();
        Set<String> metricCodes = new HashSet<>();
        for (SeriesReference reference : whole) {
            if (reference.subject() != null) {
                subjectCodes.add(reference.subject());
            }
            if (reference.metric() != null) {
                metricCodes.add(reference.metric());
            }
        }
        for (SeriesSpec spec : recentSpecs) {
            subjectCodes.add(spec.subject());
            metricCodes.add(spec.metric());
        }
        Map<String, SubjectRef> subjects = codes.subjects(subjectCodes);
        Map<String, MetricRef> metrics = codes.metrics(metricCodes);
        Map<SeriesKey, Integer> recentRows = new HashMap<>();
        Set<SeriesKey> kindsOf = new HashSet<>();
        List<SeriesReference> readWhole = new ArrayList<>(whole);
        for (SeriesSpec spec : recentSpecs) {
            SubjectRef s = subjects.get(spec.subject());
            MetricRef m = metrics.get(spec.metric());
            if (s != null && m != null && !s.group() && spec.basis() != Basis.CALENDAR) {
                SeriesKey key = new SeriesKey(s.id(), m.id());
                recentRows.merge(key, last + periodsBack(spec), Math::max);
                if (spec.kind() == null) { // a trigger names its kind; a series of several kinds needs one
                    kindsOf.add(key);
                }
            } else {
                readWhole.add(new SeriesReference(spec.subject(), spec.metric(), null, null));
            }
        }
        Set<SeriesKey> keys = new HashSet<>();
        for (SeriesReference reference : readWhole) {
            SubjectRef s = subjects.get(reference.subject());
            MetricRef m = metrics.get(reference.metric());
            if (s != null && m != null) {
                keys.add(new SeriesKey(s.id(), m.id()));
                if (s.group() && m.additive()) { // members are read too: a group total, or its kinds
                    s.memberIds().forEach(member -> keys.add(new SeriesKey(member, m.id())));
                }
            }
        }
        recentRows.keySet().removeAll(keys);
        kindsOf.retainAll(recentRows.keySet());
        return new Resolved(subjects, metrics, store.series(keys), store.latest(recentRows, kindsOf));
    }

    /** How many periods before a point its transform looks, for a quarterly series (an annual one needs fewer). */
    private static int periodsBack(SeriesSpec spec) {
        Transform t = Transform.orDefault(spec.transform());
        return switch (t) {
            case VALUE -> 0;
            case YOY_PCT -> spec.kind() == PeriodKind.MONTH ? 12 : 4;
            case POP_PCT -> 1;
            case CHANGE_PCT -> t.windowProblem(spec.window()).isPresent() ? 0 : spec.window();
        };
    }

    private static PeriodLabel periodParam(String name, String text, PeriodKind kind) {
        if (text == null || text.isBlank()) {
            return null;
        }
        PeriodLabel period;
        try {
            period = PeriodLabel.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, e.getMessage());
        }
        requireKind(name, period, kind);
        return period;
    }

    /** A bound must be a label of the series' kind: a year bound on a quarterly series is a mistake. */
    private static void requireKind(String name, PeriodLabel period, PeriodKind kind) {
        if (period != null && kind != null && period.kind() != kind) {
            throw InvalidInputException.of(name, "'" + period.label() + "' is a " + period.kind()
                    + " label but the series is of kind " + kind);
        }
    }

    private static Unit unitOf(MetricRef metric, Transform transform) {
        return transform == Transform.VALUE ? metric.unit() : Unit.PERCENT;
    }

    private static PointResponse toResponse(SeriesPoint point) {
        return new PointResponse(point.period().label(), point.value(), point.start(), point.end(),
                labels(point), point.source(), point.derived() ? Boolean.TRUE : null, null);
    }

    private static PointResponse toResponse(ExpressionAssembly.ExpressionPoint computed) {
        SeriesPoint point = computed.point();
        List<OperandResponse> operands = computed.operands().entrySet().stream()
                .map(o -> new OperandResponse(o.getKey().text(), o.getValue().value(), labels(o.getValue()),
                        o.getValue().source(), o.getValue().derived() ? Boolean.TRUE : null))
                .toList();
        return new PointResponse(point.period().label(), point.value(), point.start(), point.end(), null, null,
                null, operands);
    }

    private static List<String> labels(SeriesPoint point) {
        return point.fiscalPeriods().isEmpty() ? null : point.fiscalPeriods().stream().map(PeriodLabel::label).toList();
    }
}
