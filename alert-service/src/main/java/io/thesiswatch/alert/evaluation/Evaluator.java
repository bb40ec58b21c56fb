package io.thesiswatch.alert.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.PeriodLabel;
import io.thesiswatch.contract.TriggerRules;

/**
 * The alert rules, as pure functions.
 * <ul>
 * <li>GT/GTE/LT/LTE fire when the condition holds on each of the {@code forPeriods} consecutive periods ending at
 * the latest period present.</li>
 * <li>CROSSES_ABOVE/CROSSES_BELOW fire when the latest point crossed the threshold from the point of the period
 * immediately before it. The first evaluation of a trigger only takes a baseline, so a crossing that happened
 * before the trigger existed does not fire.</li>
 * <li>A firing trigger stays firing (and records nothing new) until the latest point is back on the safe
 * side: past {@code clearThreshold} when there is one, otherwise no longer meeting the condition.</li>
 * <li>NO_DATA (one of those periods is missing) and ERROR (no series, or points that are not periods of the
 * kind watched) never fire and never resolve.</li>
 * </ul>
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * The rule itself, as it was when the trigger was read.
     *
     * @param kind the kind of period the trigger watches; null when not known (the series' own kind is used)
     */
    public record Rule(Operator operator, BigDecimal threshold, BigDecimal clearThreshold, int forPeriods,
            PeriodKind kind) {
    }

    /**
     * @param points the series' latest points, oldest first
     * @param seriesError why there is no series, or null
     * @param previouslyFiring whether an episode was open; null when the trigger was never evaluated
     */
    public static Outcome evaluate(Rule rule, List<SeriesPoint> points, String seriesError, Boolean previouslyFiring) {
        boolean firing = Boolean.TRUE.equals(previouslyFiring);
        if (seriesError != null) {
            return unchanged(TriggerCondition.ERROR, firing, null, seriesError);
        }
        PeriodSeries series;
        try {
            series = PeriodSeries.of(points, rule.kind());
        } catch (PeriodSeries.UnusableSeriesException e) {
            return unchanged(TriggerCondition.ERROR, firing, null, e.getMessage());
        }
        int needed = TriggerRules.periodsNeeded(rule.operator(), rule.forPeriods());
        if (series.isEmpty()) {
            return unchanged(TriggerCondition.NO_DATA, firing, series,
                    "needs " + needed + " point(s), the series has none");
        }
        Optional<PeriodLabel> missing = series.missingAmongLast(needed);
        if (missing.isPresent()) {
            return unchanged(TriggerCondition.NO_DATA, firing, series,
                    "needs " + needed + " consecutive periods; " + missing.get() + " is missing");
        }
        List<SeriesPoint> window = series.lastConsecutive(needed);
        SeriesPoint latest = series.latest();
        Operator operator = rule.operator();
        boolean fires;
        if (firing) {
            fires = !operator.clears(latest.value(), rule.threshold(), rule.clearThreshold());
        } else if (operator.isCrossing()) {
            fires = previouslyFiring != null
                    && operator.crossed(window.get(0).value(), latest.value(), rule.threshold());
        } else {
            fires = window.stream().allMatch(p -> operator.meets(p.value(), rule.threshold()));
        }
        EventKind event = fires == firing ? null : fires ? EventKind.FIRED : EventKind.RESOLVED;
        return new Outcome(fires ? TriggerCondition.FIRING : TriggerCondition.OK, fires, event, latest, series.kind(),
                null);
    }

    /** An outcome that neither fires nor resolves: the episode stays as it was. */
    private static Outcome unchanged(TriggerCondition condition, boolean firing, PeriodSeries series, String detail) {
        return series == null
                ? new Outcome(condition, firing, null, null, null, detail)
                : new Outcome(condition, firing, null, series.latest(), series.kind(), detail);
    }
}
