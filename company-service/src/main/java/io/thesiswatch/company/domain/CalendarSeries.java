package io.thesiswatch.company.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.PeriodLabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Tells a company's fiscal series in calendar periods (ARCHITECTURE.md, "Periods"):
 * <ul>
 * <li>a fiscal quarter (or, for a STOCK, a fiscal year) belongs to the calendar period holding most of its
 * days; a calendar period that would receive two fiscal periods is absent ({@code AMBIGUOUS});</li>
 * <li>a calendar year of a FLOW is the sum of its four calendar quarters, present only when all four are
 * ({@code INCOMPLETE} otherwise);</li>
 * <li>a company whose year ends within a week of 31 December, a group's own observations, and every month or
 * day keep their labels (and name no fiscal periods: they are the same).</li>
 * </ul>
 */
public final class CalendarSeries {

    /** Why a calendar period the data touches has no point. */
    @Schema(name = "GapReason", description = "Why a calendar period has no point: AMBIGUOUS, two fiscal periods "
            + "would land in it; INCOMPLETE, a calendar year of a flow lacks a quarter")
    public enum Gap { AMBIGUOUS, INCOMPLETE }

    /** A calendar period left out, and why, in words a person reads. */
    public record Omitted(PeriodLabel period, Gap reason, String detail) {
    }

    public record Result(List<SeriesPoint> points, List<Omitted> omitted) {
    }

    private CalendarSeries() {
    }

    /**
     * @param fiscal the company's points of every kind, fiscal labels with real dates
     * @param kind the kind of the calendar series wanted
     */
    public static Result of(List<SeriesPoint> fiscal, PeriodKind kind, Temporal temporal, FiscalYearEnd yearEnd) {
        if (!yearEnd.isFiscal(kind)) {
            return new Result(fiscal.stream().filter(p -> p.period().kind() == kind)
                    .map(p -> new SeriesPoint(p.period(), p.value(), p.start(), p.end(), List.of(), p.source(),
                            p.derived()))
                    .toList(), List.of());
        }
        if (kind == PeriodKind.YEAR && temporal == Temporal.FLOW) {
            return yearsFromQuarters(mapped(fiscal, PeriodKind.QUARTER));
        }
        return mapped(fiscal, kind);
    }

    /** Each fiscal period of {@code kind} to the calendar period holding most of its days. */
    private static Result mapped(List<SeriesPoint> fiscal, PeriodKind kind) {
        Map<PeriodLabel, List<SeriesPoint>> byCalendar = new TreeMap<>();
        fiscal.stream().filter(p -> p.period().kind() == kind).forEach(p -> byCalendar
                .computeIfAbsent(CalendarPeriods.holdingMostOf(kind, p.start(), p.end()), c -> new ArrayList<>())
                .add(p));
        List<SeriesPoint> points = new ArrayList<>();
        List<Omitted> omitted = new ArrayList<>();
        byCalendar.forEach((calendar, sources) -> {
            if (sources.size() > 1) {
                omitted.add(new Omitted(calendar, Gap.AMBIGUOUS, calendar.describe(Basis.CALENDAR)
                        + " would hold " + sources.stream().map(s -> s.period().describe(Basis.FISCAL))
                                .collect(Collectors.joining(" and "))));
            } else {
                SeriesPoint only = sources.get(0);
                points.add(new SeriesPoint(calendar, only.value(), only.start(), only.end(), List.of(only.period()),
                        only.source(), only.derived()));
            }
        });
        return new Result(points, omitted);
    }

    private static Result yearsFromQuarters(Result quarters) {
        Map<Integer, List<SeriesPoint>> byYear = new TreeMap<>();
        quarters.points().forEach(q -> byYear.computeIfAbsent(q.period().yearNumber(), y -> new ArrayList<>()).add(q));
        quarters.omitted().forEach(o -> byYear.computeIfAbsent(o.period().yearNumber(), y -> new ArrayList<>()));
        List<SeriesPoint> points = new ArrayList<>();
        List<Omitted> omitted = new ArrayList<>();
        byYear.forEach((year, present) -> {
            PeriodLabel label = PeriodLabel.year(year);
            if (present.size() == 4) {
                present.sort(Comparator.comparing(SeriesPoint::period));
                points.add(new SeriesPoint(label,
                        present.stream().map(SeriesPoint::value).reduce(BigDecimal.ZERO, BigDecimal::add),
                        present.get(0).start(), present.get(3).end(),
                        present.stream().flatMap(q -> q.fiscalPeriods().stream()).toList(), null, false));
            } else {
                List<String> missing = new ArrayList<>();
                for (int q = 1; q <= 4; q++) {
                    PeriodLabel quarter = PeriodLabel.quarter(year, q);
                    if (present.stream().noneMatch(p -> p.period().equals(quarter))) {
                        missing.add("Q" + q);
                    }
                }
                omitted.add(new Omitted(label, Gap.INCOMPLETE, label.describe(Basis.CALENDAR)
                        + " is the sum of four calendar quarters and lacks " + String.join(", ", missing)));
            }
        });
        return new Result(points, omitted);
    }
}
