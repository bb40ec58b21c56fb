package io.thesiswatch.alert.service.check;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.thesiswatch.alert.client.CompanyWire;

/** What company-service answered for the triggers of one page: each trigger's series, or why there are none. */
sealed interface TriggerSeries {

    /** Nothing was asked: the page had no triggers to check. */
    TriggerSeries NONE = new Answered(Map.of());

    SeriesReading of(UUID triggerId);

    /** company-service answered: a series, or an error of its own, per trigger. */
    record Answered(Map<UUID, CompanyWire.SeriesResult> byTrigger) implements TriggerSeries {

        @Override
        public SeriesReading of(UUID triggerId) {
            CompanyWire.SeriesResult result = byTrigger.get(triggerId);
            if (result == null) {
                return SeriesReading.failed("company-service gave no answer for this series");
            }
            return new SeriesReading(result.points() == null ? List.of() : result.points(), result.unit(),
                    result.metricName(), result.kind(), result.basis(), result.error());
        }
    }

    /** company-service could not be asked: every trigger of the page is in ERROR for this reason. */
    record Unanswered(String problem) implements TriggerSeries {

        @Override
        public SeriesReading of(UUID triggerId) {
            return SeriesReading.failed(problem);
        }
    }
}
