package io.thesiswatch.thesis;

import io.thesiswatch.testsupport.JsonBody;
import java.util.UUID;


/** The JSON body of a risk event as alert-service reports it: a critical firing with a fresh event id. */
final class RiskEventJson extends JsonBody<RiskEventJson> {

    private RiskEventJson() {
    }

    static RiskEventJson aRiskEvent(String triggerId) {
        return new RiskEventJson().set("triggerId", triggerId)
                .eventId(UUID.randomUUID().toString())
                .kind("FIRED")
                .severity("CRITICAL");
    }

    RiskEventJson eventId(String eventId) {
        return set("eventId", eventId);
    }

    RiskEventJson kind(String kind) {
        return set("kind", kind);
    }

    RiskEventJson severity(String severity) {
        return set("severity", severity);
    }

    /** The value that made the trigger fire or clear, the period it belongs to, and when it was seen. */
    RiskEventJson observed(double value, String period, String observedAt) {
        return set("value", value).set("period", period).set("observedAt", observedAt);
    }

    /** The value that made the trigger fire or clear, alone; an object, so that a test can send any number. */
    RiskEventJson value(Object value) {
        return set("value", value);
    }

    /** The trigger's series in words, as company-service named it. */
    RiskEventJson seriesInWords(String words) {
        return set("seriesInWords", words);
    }

    /** The basis of the period observed: FISCAL or CALENDAR. */
    RiskEventJson basis(String basis) {
        return set("basis", basis);
    }
}
