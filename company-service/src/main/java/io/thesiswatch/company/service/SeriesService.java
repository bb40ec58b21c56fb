package io.thesiswatch.company.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.company.api.PointResponse;
import io.thesiswatch.company.api.SeriesQuery;
import io.thesiswatch.company.api.SeriesQueryResponse;
import io.thesiswatch.company.api.SeriesResponse;
import io.thesiswatch.company.api.SeriesResult;
import io.thesiswatch.company.api.SeriesSpec;
import io.thesiswatch.company.domain.PeriodLabel;
import io.thesiswatch.company.domain.SeriesMath;
import io.thesiswatch.company.domain.SeriesPoint;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.company.domain.Unit;
import io.thesiswatch.company.repository.CodeResolver;
import io.thesiswatch.company.repository.MetricRef;
import io.thesiswatch.company.repository.ObservationStore;
import io.thesiswatch.company.repository.SeriesKey;
import io.thesiswatch.company.repository.StoredObservation;
import io.thesiswatch.company.repository.SubjectRef;

/**
 * Reads series, observed or derived. However many series are asked for, a read costs four queries:
 * subjects, group members, metrics, observations.
 */
@ApplicationScoped
public class SeriesService {

    private final CodeResolver codes;
    private final ObservationStore store;

    public SeriesService(CodeResolver codes, ObservationStore store) {
        this.codes = codes;
        this.store = store;
    }

    /**
     * One series, every point between {@code from} and {@code to} (period labels, both optional). Reads
     * run without a JTA transaction: each of the four queries stands alone, and skipping the transaction
     * manager is a measurable share of a read's cost (bench/RESULTS.md).
     */
    public SeriesResponse series(String subject, String metric, Transform transform, Integer window, String from,
            String to, PeriodLabel.Kind kind) {
        Transform t = Transform.orDefault(transform);
        t.windowProblem(window).ifPresent(problem -> {
            throw InvalidInputException.of("window", problem);
        });
        PeriodLabel fromPeriod = periodParam("from", from);
        PeriodLabel toPeriod = periodParam("to", to);
        Resolved resolved = resolve(List.of(new SeriesSpec(subject, metric, t, window)));
        if (resolved.subjects().get(subject) == null) {
            throw ResourceNotFoundException.of("Subject", subject);
        }
        if (resolved.metrics().get(metric) == null) {
            throw ResourceNotFoundException.of("Metric", metric);
        }
        SubjectRef s = resolved.subjects().get(subject);
        MetricRef m = resolved.metrics().get(metric);
        boolean fromMembers = usesMembers(s, m, resolved.observations());
        List<PointResponse> points = points(s, m, t, window, resolved.observations()).stream()
                .filter(p -> fromPeriod == null || !p.period().start().isBefore(fromPeriod.start()))
                .filter(p -> toPeriod == null || !p.period().end().isAfter(toPeriod.end()))
                .filter(p -> kind == null || p.period().kind() == kind)
                .map(SeriesService::toResponse)
                .toList();
        return new SeriesResponse(subject, metric, t, t == Transform.CHANGE_PCT ? window : null, unitOf(m, t),
                fromMembers, points);
    }

    /** Many series at once, in the order asked; a series that cannot be answered carries an error instead. */
    public SeriesQueryResponse query(SeriesQuery query) {
        Resolved resolved = resolve(query.series());
        List<SeriesResult> results = new ArrayList<>(query.series().size());
        for (SeriesSpec spec : query.series()) {
            Transform t = Transform.orDefault(spec.transform());
            Integer window = t.takesWindow() ? spec.window() : null;
            SubjectRef s = spec.subject() == null ? null : resolved.subjects().get(spec.subject());
            MetricRef m = spec.metric() == null ? null : resolved.metrics().get(spec.metric());
            String windowProblem = t.windowProblem(spec.window()).orElse(null);
            String error = s == null ? "unknown subject '" + spec.subject() + "'"
                    : m == null ? "unknown metric '" + spec.metric() + "'"
                    : windowProblem != null ? "window " + windowProblem
                    : null;
            if (error != null) {
                results.add(new SeriesResult(spec.subject(), spec.metric(), t, window, null, null, error));
                continue;
            }
            List<SeriesPoint> points = points(s, m, t, spec.window(), resolved.observations());
            if (query.last() != null && points.size() > query.last()) {
                points = points.subList(points.size() - query.last(), points.size());
            }
            results.add(new SeriesResult(spec.subject(), spec.metric(), t, window, unitOf(m, t),
                    points.stream().map(SeriesService::toResponse).toList(), null));
        }
        return new SeriesQueryResponse(results);
    }

    private record Resolved(Map<String, SubjectRef> subjects, Map<String, MetricRef> metrics,
            Map<SeriesKey, List<StoredObservation>> observations) {
    }

    private Resolved resolve(List<SeriesSpec> specs) {
        Set<String> subjectCodes = new HashSet<>();
        Set<String> metricCodes = new HashSet<>();
        for (SeriesSpec spec : specs) {
            if (spec.subject() != null) {
                subjectCodes.add(spec.subject());
            }
            if (spec.metric() != null) {
                metricCodes.add(spec.metric());
            }
        }
        Map<String, SubjectRef> subjects = codes.subjects(subjectCodes);
        Map<String, MetricRef> metrics = codes.metrics(metricCodes);
        Set<SeriesKey> keys = new HashSet<>();
        for (SeriesSpec spec : specs) {
            SubjectRef s = subjects.get(spec.subject());
            MetricRef m = metrics.get(spec.metric());
            if (s != null && m != null) {
                keys.add(new SeriesKey(s.id(), m.id()));
                if (s.group() && m.additive()) {
                    s.memberIds().forEach(member -> keys.add(new SeriesKey(member, m.id())));
                }
            }
        }
        return new Resolved(subjects, metrics, store.series(keys));
    }

    private static boolean usesMembers(SubjectRef s, MetricRef m, Map<SeriesKey, List<StoredObservation>> observations) {
        return s.group() && m.additive() && !observations.containsKey(new SeriesKey(s.id(), m.id()));
    }

    private static List<SeriesPoint> points(SubjectRef s, MetricRef m, Transform transform, Integer window,
            Map<SeriesKey, List<StoredObservation>> observations) {
        List<SeriesPoint> values;
        if (usesMembers(s, m, observations)) {
            values = SeriesMath.groupTotal(s.memberIds().stream()
                    .map(member -> toPoints(observations.getOrDefault(new SeriesKey(member, m.id()), List.of())))
                    .toList());
        } else {
            values = toPoints(observations.getOrDefault(new SeriesKey(s.id(), m.id()), List.of()));
        }
        return SeriesMath.transform(values, transform, window == null ? 0 : window);
    }

    private static List<SeriesPoint> toPoints(List<StoredObservation> observations) {
        return observations.stream()
                .map(o -> new SeriesPoint(PeriodLabel.parse(o.period()), o.value()))
                .sorted(Comparator.comparing(SeriesPoint::period))
                .toList();
    }

    private static PeriodLabel periodParam(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PeriodLabel.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, e.getMessage());
        }
    }

    private static Unit unitOf(MetricRef metric, Transform transform) {
        return transform == Transform.VALUE ? metric.unit() : Unit.PERCENT;
    }

    private static PointResponse toResponse(SeriesPoint point) {
        return new PointResponse(point.period().label(), point.value());
    }
}
