package io.thesiswatch.alert.evaluation;

import java.math.BigDecimal;
import java.util.List;

import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.TriggerRules;
import io.thesiswatch.alert.domain.TriggerCondition;

/**
 * The alert rules, as pure functions.
 * <ul>
 * <li>GT/GTE/LT/LTE fire when the condition holds on each of the latest {@code forPeriods} points.</li>
 * <li>CROSSES_ABOVE/CROSSES_BELOW fire when the latest point crossed the threshold from the point before
 * it. The first evaluation of a trigger only takes a baseline, so a crossing that happened before the
 * trigger existed does not fire.</li>
 * <li>A firing trigger stays firing (and records nothing new) until the latest point is back on the safe
 * side: past {@code clearThreshold} when there is one, otherwise no longer meeting the condition.</li>
 * <li>NO_DATA (too few points) and ERROR (no series) never fire and never resolve.</li>
 * </ul>
 */
public final class Evaluator {

    private Evaluator() {
    }

    /** The rule itself, as it was when the trigger was read. */
    public record Rule(Operator operator, BigDecimal threshold, BigDecimal clearThreshold, int forPeriods) {
    }

    /**
     * @param points the series' latest points, oldest first
     * @param seriesError why there is no series, or null
     * @param previouslyFiring whether an episode was open; null when the trigger was never evaluated
     */
    public static Outcome evaluate(Rule rule, List<SeriesPoint> points, String seriesError, Boolean previouslyFiring) {
        boolean firing = Boolean.TRUE.equals(previouslyFiring);
        if (seriesError != null) {
            return new Outcome(TriggerCondition.ERROR, firing, null, null, seriesError);
        }
        int needed = TriggerRules.periodsNeeded(rule.operator(), rule.forPeriods());
        SeriesPoint latest = points.isEmpty() ? null : points.get(points.size() - 1);
        if (points.size() < needed) {
            return new Outcome(TriggerCondition.NO_DATA, firing, null, latest,
                    "needs " + needed + " point(s), the series has " + points.size());
        }
        if (firing) {
            return rule.operator().clears(latest.value(), rule.threshold(), rule.clearThreshold())
                    ? new Outcome(TriggerCondition.OK, false, EventKind.RESOLVED, latest, null)
                    : new Outcome(TriggerCondition.FIRING, true, null, latest, null);
        }
        Operator operator = rule.operator();
        boolean fires = operator.isCrossing()
                ? previouslyFiring != null
                        && operator.crossed(points.get(points.size() - 2).value(), latest.value(), rule.threshold())
                : points.subList(points.size() - needed, points.size()).stream()
                        .allMatch(p -> operator.meets(p.value(), rule.threshold()));
        return fires
                ? new Outcome(TriggerCondition.FIRING, true, EventKind.FIRED, latest, null)
                : new Outcome(TriggerCondition.OK, false, null, latest, null);
    }
}
