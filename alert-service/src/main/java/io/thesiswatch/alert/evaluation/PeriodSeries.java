package io.thesiswatch.alert.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.PeriodLabel;

/**
 * A series' points by period, all of one kind, so that the evaluator can ask for consecutive periods. Points
 * whose labels are not periods, or are periods of two kinds, are not a series that can be evaluated.
 */
final class PeriodSeries {

    /** Why a series' points cannot be evaluated; its message says so for the trigger's state. */
    static final class UnusableSeriesException extends RuntimeException {

        private UnusableSeriesException(String message) {
            super(message);
        }
    }

    private final TreeMap<PeriodLabel, SeriesPoint> byPeriod;

    private PeriodSeries(TreeMap<PeriodLabel, SeriesPoint> byPeriod) {
        this.byPeriod = byPeriod;
    }

    /**
     * Reads the points by their period labels.
     *
     * @param expected the kind of period the trigger watches, or null when it is not known
     * @throws UnusableSeriesException when a label is not a period, or the periods are not all of one kind (the
     *         one expected, when it is known)
     */
    static PeriodSeries of(List<SeriesPoint> points, PeriodKind expected) {
        TreeMap<PeriodLabel, SeriesPoint> byPeriod = new TreeMap<>();
        for (SeriesPoint point : points) {
            PeriodLabel period = label(point);
            if (expected != null && period.kind() != expected) {
                throw new UnusableSeriesException("the trigger watches " + expected + " periods but the series has "
                        + period.kind() + " periods (" + period + ")");
            }
            if (!byPeriod.isEmpty() && byPeriod.firstKey().kind() != period.kind()) {
                PeriodLabel other = byPeriod.firstKey();
                throw new UnusableSeriesException("the series mixes " + other.kind() + " and " + period.kind()
                        + " periods (" + other + ", " + period + ")");
            }
            byPeriod.put(period, point);
        }
        return new PeriodSeries(byPeriod);
    }

    boolean isEmpty() {
        return byPeriod.isEmpty();
    }

    /** The kind of every period of the series; null when it has none. */
    PeriodKind kind() {
        return byPeriod.isEmpty() ? null : byPeriod.firstKey().kind();
    }

    /** The point of the latest period present; null when there is none. */
    SeriesPoint latest() {
        return byPeriod.isEmpty() ? null : byPeriod.lastEntry().getValue();
    }

    /** The latest of the {@code count} consecutive periods ending at the latest period present that has no point. */
    Optional<PeriodLabel> missingAmongLast(int count) {
        PeriodLabel latest = byPeriod.lastKey();
        for (int back = 0; back < count; back++) {
            PeriodLabel period = latest.minus(back);
            if (!byPeriod.containsKey(period)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    /** The points of the {@code count} consecutive periods ending at the latest one, oldest first; none missing. */
    List<SeriesPoint> lastConsecutive(int count) {
        PeriodLabel latest = byPeriod.lastKey();
        List<SeriesPoint> points = new ArrayList<>(count);
        for (int back = count - 1; back >= 0; back--) {
            points.add(byPeriod.get(latest.minus(back)));
        }
        return points;
    }

    private static PeriodLabel label(SeriesPoint point) {
        try {
            return PeriodLabel.parse(point.period());
        } catch (IllegalArgumentException e) {
            throw new UnusableSeriesException("the series has a point whose period \"" + point.period()
                    + "\" is not a period label");
        }
    }
}
