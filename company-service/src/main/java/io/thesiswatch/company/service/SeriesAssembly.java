package io.thesiswatch.company.service;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.company.domain.CalendarSeries;
import io.thesiswatch.company.domain.FiscalYearEnd;
import io.thesiswatch.company.domain.SeriesMath;
import io.thesiswatch.company.domain.SeriesPoint;
import io.thesiswatch.company.repository.MetricRef;
import io.thesiswatch.company.repository.RecentObservations;
import io.thesiswatch.company.repository.SeriesKey;
import io.thesiswatch.company.repository.StoredObservation;
import io.thesiswatch.company.repository.SubjectRef;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;

/**
 * Builds one series from stored observations (ARCHITECTURE.md, "Periods"): the basis (a company's fiscal
 * periods or calendar ones), one kind of period, a group's total of its members on that basis, then the
 * transform. Pure: the caller has read the observations.
 */
final class SeriesAssembly {

    /** A series of one kind on one basis, the calendar periods it leaves out, and why it is empty if it is. */
    record Answer(PeriodKind kind, Basis basis, boolean fromMembers, List<SeriesPoint> points,
            List<CalendarSeries.Omitted> gaps, String reason) {
    }

    private SeriesAssembly() {
    }

    /** Fails with {@link InvalidInputException} naming {@code kind} or {@code basis} when they cannot be read. */
    static Answer answer(SubjectRef subject, MetricRef metric, Transform transform, Integer window,
            PeriodKind askedKind, Basis askedBasis, Map<SeriesKey, List<StoredObservation>> observations) {
        return answer(subject, metric, transform, window, askedKind, askedBasis, observations, null);
    }

    /** As above; with {@code latest}, a percent change is computed for the latest points only (null: all). */
    static Answer answer(SubjectRef subject, MetricRef metric, Transform transform, Integer window,
            PeriodKind askedKind, Basis askedBasis, Map<SeriesKey, List<StoredObservation>> observations,
            Integer latest) {
        Basis basis = askedBasis == null ? Basis.defaultFor(subject.group()) : askedBasis;
        boolean fromMembers = usesMembers(subject, metric, observations);
        if (subject.group() && basis == Basis.FISCAL) {
            requireOneYearEnd(subject);
        }
        Set<PeriodKind> present = kindsPresent(subject, metric, observations);
        PeriodKind kind = askedKind != null ? askedKind : onlyKind(present);
        if (kind == null) {
            return new Answer(null, basis, fromMembers, List.of(), List.of(), "no observations yet");
        }
        List<CalendarSeries.Omitted> gaps = List.of();
        List<SeriesPoint> values;
        if (fromMembers) {
            values = SeriesMath.groupTotal(subject.memberIds().stream()
                    .map(member -> onBasis(undated(observations.get(new SeriesKey(member, metric.id()))), kind,
                            basis, metric, subject.members().get(member).yearEnd()).points())
                    .toList());
        } else {
            CalendarSeries.Result result = onBasis(undated(observations.get(new SeriesKey(subject.id(), metric.id()))),
                    kind, basis, metric, subject.yearEnd());
            values = result.points();
            gaps = result.omitted();
        }
        List<SeriesPoint> points = SeriesMath.transform(values, transform, window == null ? 0 : window,
                latest == null ? Integer.MAX_VALUE : latest);
        if (!fromMembers && basis == Basis.FISCAL) {
            // a fiscal point's nominal days are worked out for the points answered only
            points = withNominalDays(points, subject.yearEnd());
        }
        return new Answer(kind, basis, fromMembers, points, gaps,
                points.isEmpty() ? whyEmpty(values, transform, kind) : null);
    }

    /**
     * The latest {@code latest} points of a company's series on its fiscal basis from its most recent observations
     * only, or empty when the observations left out could change them (the caller then reads the whole series):
     * when a point or base period the transform looked at lies before the oldest one read, or it ran out of points.
     */
    static Optional<Answer> fromRecent(SubjectRef company, MetricRef metric, Transform transform, Integer window,
            PeriodKind askedKind, RecentObservations recent, int latest) {
        PeriodKind kind = askedKind != null ? askedKind : onlyKind(Objects.requireNonNull(recent.kinds()));
        List<SeriesPoint> values = undated(recent.observations()).stream().filter(p -> p.period().kind() == kind)
                .toList();
        SeriesMath.Latest read = SeriesMath.latest(values, transform, window == null ? 0 : window, latest);
        boolean leftOutCounts = read.ranOut()
                || read.oldestConsulted().label().compareTo(recent.oldestPeriod()) < 0;
        if (recent.partial() && leftOutCounts) {
            return Optional.empty();
        }
        List<SeriesPoint> points = withNominalDays(read.points(), company.yearEnd());
        return Optional.of(new Answer(kind, Basis.FISCAL, false, points, List.of(),
                points.isEmpty() ? whyEmpty(values, transform, kind) : null));
    }

    /** The kinds of period the stored data has (a group total: its members' data). */
    static Set<PeriodKind> kindsPresent(SubjectRef subject, MetricRef metric,
            Map<SeriesKey, List<StoredObservation>> observations) {
        Collection<Long> owners = usesMembers(subject, metric, observations)
                ? subject.memberIds() : List.of(subject.id());
        Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        owners.forEach(owner -> observations.getOrDefault(new SeriesKey(owner, metric.id()), List.of())
                .forEach(o -> kinds.add(o.period().kind())));
        return kinds;
    }

    /** The bases a series can be read on: fiscal only where a group's members share a year end. */
    static List<Basis> bases(SubjectRef subject) {
        return !subject.group() || sharedYearEnd(subject)
                ? List.of(Basis.FISCAL, Basis.CALENDAR) : List.of(Basis.CALENDAR);
    }

    static boolean usesMembers(SubjectRef s, MetricRef m, Map<SeriesKey, List<StoredObservation>> observations) {
        return s.group() && m.additive() && !observations.containsKey(new SeriesKey(s.id(), m.id()));
    }

    private static PeriodKind onlyKind(Set<PeriodKind> present) {
        if (present.size() > 1) {
            throw InvalidInputException.of("kind", "is required: the series has " + present.stream()
                    .map(Enum::name).collect(Collectors.joining(" and ")) + " periods; ask for one with kind=");
        }
        return present.isEmpty() ? null : present.iterator().next();
    }

    private static CalendarSeries.Result onBasis(List<SeriesPoint> fiscal, PeriodKind kind, Basis basis,
            MetricRef metric, FiscalYearEnd yearEnd) {
        if (basis == Basis.CALENDAR) {
            return CalendarSeries.of(withNominalDays(fiscal, yearEnd), kind, metric.temporal(), yearEnd);
        }
        return new CalendarSeries.Result(fiscal.stream().filter(p -> p.period().kind() == kind).toList(), List.of());
    }

    /**
     * Observations as points oldest first, with a filing's own days; a point without them (null) takes its year
     * end's nominal days later, from {@link #withNominalDays}, where they are needed.
     */
    private static List<SeriesPoint> undated(List<StoredObservation> stored) {
        if (stored == null) {
            return List.of();
        }
        return stored.stream()
                .map(o -> new SeriesPoint(o.period(), o.value(), o.start(), o.end(), List.of(), o.source(),
                        o.derived()))
                .sorted(Comparator.comparing(SeriesPoint::period)).toList();
    }

    /** Points without a filing's days take the nominal days of their period for this fiscal year end. */
    private static List<SeriesPoint> withNominalDays(List<SeriesPoint> points, FiscalYearEnd yearEnd) {
        return points.stream().map(p -> {
            if (p.start() != null) {
                return p;
            }
            FiscalYearEnd.Dates nominal = yearEnd.dates(p.period());
            return new SeriesPoint(p.period(), p.value(), nominal.start(), nominal.end(), p.fiscalPeriods(),
                    p.source(), p.derived());
        }).toList();
    }

    private static void requireOneYearEnd(SubjectRef group) {
        if (!sharedYearEnd(group)) {
            throw InvalidInputException.of("basis", "FISCAL needs the members' fiscal years to end together; "
                    + group.code() + "'s members end theirs on " + new TreeSet<>(group.members().values().stream()
                            .map(m -> m.code() + " " + m.yearEnd()).toList()) + ": use CALENDAR");
        }
    }

    private static boolean sharedYearEnd(SubjectRef group) {
        List<FiscalYearEnd> ends = group.members().values().stream().map(SubjectRef.Member::yearEnd).toList();
        return ends.stream().allMatch(end -> end.matches(ends.get(0)));
    }

    private static String whyEmpty(List<SeriesPoint> values, Transform transform, PeriodKind kind) {
        if (values.isEmpty()) {
            return "no " + kind.name().toLowerCase() + " points on this basis";
        }
        return switch (transform) {
            case YOY_PCT -> "no point has a base period: YOY_PCT compares with the same period a year earlier";
            case POP_PCT -> "no point has a base period: POP_PCT compares with the period before";
            case CHANGE_PCT -> "no point has a base period: CHANGE_PCT compares with window periods earlier";
            case VALUE -> null;
        };
    }
}
