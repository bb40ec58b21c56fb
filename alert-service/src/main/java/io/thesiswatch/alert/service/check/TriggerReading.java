package io.thesiswatch.alert.service.check;

import io.thesiswatch.alert.client.CompanyWire;
import io.thesiswatch.alert.client.ThesisWire;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.evaluation.Evaluator;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;

/**
 * How a trigger is read and judged, the same for the live check and for a backtest: the series asked of
 * company-service, how many of its latest points, and the rule the evaluator applies.
 */
public final class TriggerReading {

    private TriggerReading() {
    }

    /** The series to ask company-service for: one subject and metric, or an expression. */
    public static CompanyWire.SeriesSpec spec(ThesisWire.Trigger trigger) {
        ThesisWire.SeriesRef s = trigger.series();
        if (s.expression() != null) {
            return new CompanyWire.SeriesSpec(null, null, null, null, s.kind(), s.basis(), s.expression(), s.unit());
        }
        Transform transform = Transform.orDefault(s.transform());
        return new CompanyWire.SeriesSpec(s.subject(), s.metric(), transform,
                transform.takesWindow() ? s.window() : null, s.kind(), s.basis(), null, null);
    }

    /** How many of the latest points a check reads: enough for the rule and for an event's recent points. */
    public static int pointsRead(int forPeriods) {
        return Math.max(AlertEvent.RECENT_POINTS, forPeriods + 1);
    }

    /**
     * The rule as the trigger states it.
     *
     * @param readKind the kind company-service read the series on; a trigger from before kinds existed watches it
     */
    public static Evaluator.Rule rule(ThesisWire.Trigger trigger, PeriodKind readKind) {
        PeriodKind kind = trigger.series().kind() != null ? trigger.series().kind() : readKind;
        return new Evaluator.Rule(trigger.operator(), trigger.threshold(), trigger.clearThreshold(),
                trigger.forPeriods(), kind);
    }
}
