package io.thesiswatch.thesis;

import io.thesiswatch.testsupport.JsonBody;
import java.util.HashMap;
import java.util.Map;


/**
 * The JSON body of a trigger request: "BIG6 capex growth below 10%" unless a test says otherwise. Values are
 * objects so that a test can also send what the API must refuse (a text threshold, a null).
 */
final class TriggerJson extends JsonBody<TriggerJson> {

    private final Map<String, Object> series = new HashMap<>();

    private TriggerJson() {
        set("name", "Capex cycle ends");
        set("series", series);
    }

    static TriggerJson aTrigger() {
        return new TriggerJson().on("BIG6", "CAPEX").transform("YOY_PCT").operator("LT").threshold(10);
    }

    TriggerJson on(String subject, String metric) {
        series.put("subject", subject);
        return inSeries("metric", metric);
    }

    /** An expression over series instead of a subject, a metric and a transform; YEAR periods unless kind says. */
    TriggerJson onExpression(String expression) {
        series.remove("subject");
        series.remove("metric");
        series.remove("transform");
        series.put("kind", "YEAR");
        return inSeries("expression", expression);
    }

    TriggerJson unit(String unit) {
        return inSeries("unit", unit);
    }

    TriggerJson transform(String transform) {
        return inSeries("transform", transform);
    }

    TriggerJson window(int window) {
        return inSeries("window", window);
    }

    /** The kind of period watched: YEAR, QUARTER, MONTH or DAY. */
    TriggerJson kind(String kind) {
        return inSeries("kind", kind);
    }

    /** FISCAL or CALENDAR. */
    TriggerJson basis(String basis) {
        return inSeries("basis", basis);
    }

    private TriggerJson inSeries(String field, Object value) {
        series.put(field, value);
        return this;
    }

    TriggerJson operator(String operator) {
        return set("operator", operator);
    }

    TriggerJson threshold(Object threshold) {
        return set("threshold", threshold);
    }

    TriggerJson clearThreshold(Object clearThreshold) {
        return set("clearThreshold", clearThreshold);
    }

    TriggerJson forPeriods(int forPeriods) {
        return set("forPeriods", forPeriods);
    }

    TriggerJson severity(String severity) {
        return set("severity", severity);
    }

    TriggerJson enabled(boolean enabled) {
        return set("enabled", enabled);
    }

    TriggerJson snoozedUntil(String instant) {
        return set("snoozedUntil", instant);
    }

    TriggerJson version(long version) {
        return set("version", version);
    }
}
