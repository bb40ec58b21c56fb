package io.thesiswatch.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A series as company-service answers it: {@code aSeries().inPercent().point("2023", 12.0).point("2024", 5.04)}. */
final class SeriesAnswer {

    private String unit = "USD";
    private final List<Map<String, Object>> points = new ArrayList<>();

    private SeriesAnswer() {
    }

    static SeriesAnswer aSeries() {
        return new SeriesAnswer();
    }

    SeriesAnswer inPercent() {
        unit = "PERCENT";
        return this;
    }

    SeriesAnswer inUsd() {
        unit = "USD";
        return this;
    }

    SeriesAnswer point(String period, Object value) {
        points.add(Map.of("period", period, "value", value));
        return this;
    }

    Map<String, Object> json() {
        return Map.of("unit", unit, "points", points);
    }
}
