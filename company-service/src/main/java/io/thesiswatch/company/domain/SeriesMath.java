package io.thesiswatch.company.domain;

import io.thesiswatch.contract.PeriodLabel;
import io.thesiswatch.contract.Transform;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Derived series, computed on read: group totals and percent changes. Pure functions over points. */
public final class SeriesMath {

    /** Percent changes are given to six decimal places (rounded half up), trailing zeros dropped. */
    public static final int PERCENT_SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SeriesMath() {
    }

    /**
     * Applies a transform to observations sorted oldest first. A percent change needs the base period to
     * exist and be non-zero; otherwise the point is left out.
     */
    public static List<SeriesPoint> transform(List<SeriesPoint> observations, Transform transform, int window) {
        return transform(observations, transform, window, Integer.MAX_VALUE);
    }

    /**
     * As {@link #transform(List, Transform, int)}, only the latest {@code latest} points: a check reads the last
     * few points of every series, and the divisions of the others are most of a read's work (bench/RESULTS.md).
     */
    public static List<SeriesPoint> transform(List<SeriesPoint> observations, Transform transform, int window,
            int latest) {
        return latest(observations, transform, window, latest).points();
    }

    /**
     * The latest {@code latest} points of a transform, and what they were computed from: the oldest period looked
     * at (a point or a base period, null when none was), and whether the observations ran out before
     * {@code latest} points were found. Points computed from the latest observations only are the same as from
     * all of them when none of the periods they needed, nor any point they lacked, lies before those observations.
     */
    public static Latest latest(List<SeriesPoint> observations, Transform transform, int window, int latest) {
        if (transform == Transform.VALUE) {
            int from = Math.max(0, observations.size() - latest);
            List<SeriesPoint> points = observations.subList(from, observations.size());
            return new Latest(points, points.isEmpty() ? null : points.get(0).period(), points.size() < latest);
        }
        Map<PeriodLabel, BigDecimal> byPeriod = new HashMap<>();
        observations.forEach(p -> byPeriod.put(p.period(), p.value()));
        List<SeriesPoint> derived = new ArrayList<>();
        PeriodLabel oldest = null;
        int i = observations.size() - 1;
        for (; i >= 0 && derived.size() < latest; i--) {
            SeriesPoint point = observations.get(i);
            PeriodLabel base = switch (transform) {
                case YOY_PCT -> point.period().yearEarlier();
                case POP_PCT -> point.period().minus(1);
                case CHANGE_PCT -> point.period().minus(window);
                case VALUE -> throw new IllegalStateException();
            };
            oldest = oldest == null || base.compareTo(oldest) < 0 ? base : oldest;
            BigDecimal baseValue = byPeriod.get(base);
            if (baseValue != null && baseValue.signum() != 0) {
                derived.add(point.withValue(percentChange(baseValue, point.value())));
            }
        }
        Collections.reverse(derived);
        return new Latest(derived, oldest, derived.size() < latest);
    }

    /** The latest points of a series, the oldest period they were computed from, and whether points ran out. */
    public record Latest(List<SeriesPoint> points, PeriodLabel oldestConsulted, boolean ranOut) {
    }

    /** (current − base) / |base| × 100, so that growth reads positive even from a negative base. */
    public static BigDecimal percentChange(BigDecimal base, BigDecimal current) {
        BigDecimal change = current.subtract(base).multiply(HUNDRED)
                .divide(base.abs(), PERCENT_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return change.scale() < 0 ? change.setScale(0) : change;
    }

    /**
     * Sums the members' series period by period, keeping only the periods where every member has a value.
     * Returns the totals oldest first; no members means no points.
     */
    public static List<SeriesPoint> groupTotal(Collection<List<SeriesPoint>> memberSeries) {
        if (memberSeries.isEmpty()) {
            return List.of();
        }
        SortedMap<PeriodLabel, BigDecimal> totals = new TreeMap<>();
        Map<PeriodLabel, Integer> counts = new HashMap<>();
        for (List<SeriesPoint> series : memberSeries) {
            for (SeriesPoint point : series) {
                totals.merge(point.period(), point.value(), BigDecimal::add);
                counts.merge(point.period(), 1, Integer::sum);
            }
        }
        int members = memberSeries.size();
        return totals.entrySet().stream()
                .filter(e -> counts.get(e.getKey()) == members)
                .map(e -> new SeriesPoint(e.getKey(), e.getValue()))
                .toList();
    }
}
