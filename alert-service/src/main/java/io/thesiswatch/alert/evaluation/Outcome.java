package io.thesiswatch.alert.evaluation;

import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.contract.PeriodKind;

/**
 * What one evaluation found: the visible state, whether an alert episode is open afterwards, the event
 * it records (null when nothing changed), the latest point and the kind of its period, and, for ERROR or
 * NO_DATA, why.
 */
public record Outcome(TriggerCondition condition, boolean firing, EventKind event, SeriesPoint latest,
        PeriodKind periodKind, String detail) {
}
