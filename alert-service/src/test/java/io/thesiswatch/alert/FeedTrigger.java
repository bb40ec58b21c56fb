package io.thesiswatch.alert;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A trigger as thesis-service's feed lists it, e.g.
 * {@code aTrigger().of(thesis).named("Capex cycle ends").on("BIG6", "CAPEX").yoy().below(10).critical()}.
 * It watches the plain values of its series, once, unless a test says otherwise; like a trigger from before kinds
 * existed, it names no kind of period or basis unless a test gives them ({@code .quarterly().fiscal()}).
 */
final class FeedTrigger {

    private final UUID id = UUID.randomUUID();
    private final Map<String, Object> series = new HashMap<>();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private FeedTrigger() {
        fields.put("id", id.toString());
        fields.put("thesisTitle", "AI capex cycle runs through 2027");
        fields.put("thesisStatus", "ACTIVE");
        fields.put("thesisCompanies", List.of());
        fields.put("series", series);
        fields.put("forPeriods", 1);
        series.put("transform", "VALUE");
    }

    static FeedTrigger aTrigger() {
        return new FeedTrigger();
    }

    UUID id() {
        return id;
    }

    FeedTrigger of(UUID thesisId) {
        return set("thesisId", thesisId.toString());
    }

    FeedTrigger named(String name) {
        return set("name", name);
    }

    FeedTrigger ofThesisTitled(String title) {
        return set("thesisTitle", title);
    }

    /** The status of the trigger's thesis as the feed lists it (ACTIVE unless a test says otherwise). */
    FeedTrigger ofThesisIn(String status) {
        return set("thesisStatus", status);
    }

    /** The companies the trigger's thesis names: who follows one of them follows the trigger. */
    FeedTrigger thesisNames(String... companies) {
        return set("thesisCompanies", List.of(companies));
    }

    FeedTrigger on(String subject, String metric) {
        series.put("subject", subject);
        series.put("metric", metric);
        return this;
    }

    /** An expression over series instead of one subject and metric (an expression always names its kind). */
    FeedTrigger onExpression(String expression) {
        series.remove("subject");
        series.remove("metric");
        series.remove("transform");
        series.put("expression", expression);
        series.put("kind", "YEAR");
        return this;
    }

    /** Any operator and threshold, as written in the API. */
    FeedTrigger when(String operator, Object threshold) {
        return set("operator", operator).set("threshold", threshold);
    }

    FeedTrigger yearly() {
        series.put("kind", "YEAR");
        return this;
    }

    FeedTrigger quarterly() {
        series.put("kind", "QUARTER");
        return this;
    }

    FeedTrigger fiscal() {
        series.put("basis", "FISCAL");
        return this;
    }

    FeedTrigger calendar() {
        series.put("basis", "CALENDAR");
        return this;
    }

    /** The condition must hold on this many consecutive periods. */
    FeedTrigger forPeriods(int periods) {
        return set("forPeriods", periods);
    }

    FeedTrigger yoy() {
        series.put("transform", "YOY_PCT");
        return this;
    }

    FeedTrigger above(Object threshold) {
        return set("operator", "GT").set("threshold", threshold);
    }

    FeedTrigger atLeast(Object threshold) {
        return set("operator", "GTE").set("threshold", threshold);
    }

    FeedTrigger below(Object threshold) {
        return set("operator", "LT").set("threshold", threshold);
    }

    /** A firing trigger clears only past this value rather than as soon as it no longer holds. */
    FeedTrigger clearsAt(Object clearThreshold) {
        return set("clearThreshold", clearThreshold);
    }

    /** Snoozed by its analyst until then: checked, its alerts held back. */
    FeedTrigger snoozedUntil(java.time.Instant until) {
        return set("snoozedUntil", until.toString());
    }

    FeedTrigger info() {
        return set("severity", "INFO");
    }

    FeedTrigger warning() {
        return set("severity", "WARNING");
    }

    FeedTrigger critical() {
        return set("severity", "CRITICAL");
    }

    Map<String, Object> json() {
        return fields;
    }

    private FeedTrigger set(String field, Object value) {
        fields.put(field, value);
        return this;
    }
}
