package io.thesiswatch.alert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.thesiswatch.contract.PeriodLabel;

/**
 * A series as company-service answers it: {@code aSeries().inPercent().point("2023", 12.0).point("2024", 5.04)}.
 * It echoes no kind of period or basis, like a company-service from before kinds, unless a test gives them
 * ({@code .quarterly().fiscal()}), and no metric name unless a test gives one ({@code .ofMetricNamed(...)}).
 */
final class SeriesAnswer {

    private String unit = "USD";
    private String metricName;
    private String expression;
    private String error;
    private String kind;
    private String basis;
    private final List<Map<String, Object>> points = new ArrayList<>();

    private SeriesAnswer() {
    }

    static SeriesAnswer aSeries() {
        return new SeriesAnswer();
    }

    /** The metric's name in the catalog, which company-service answers beside its code. */
    SeriesAnswer ofMetricNamed(String name) {
        metricName = name;
        return this;
    }

    /** An expression's answer: the expression echoed, its words as the metric name, RATIO unless a test says. */
    SeriesAnswer ofExpression(String expression, String words) {
        this.expression = expression;
        metricName = words;
        unit = "RATIO";
        return this;
    }

    SeriesAnswer inPercent() {
        unit = "PERCENT";
        return this;
    }

    SeriesAnswer inUsd() {
        unit = "USD";
        return this;
    }

    SeriesAnswer yearly() {
        kind = "YEAR";
        return this;
    }

    SeriesAnswer quarterly() {
        kind = "QUARTER";
        return this;
    }

    SeriesAnswer fiscal() {
        basis = "FISCAL";
        return this;
    }

    SeriesAnswer calendar() {
        basis = "CALENDAR";
        return this;
    }

    /** A point with the calendar days its period covers, as company-service gives them beside period and value. */
    /** An error instead of points, as company-service answers a series it cannot read. */
    SeriesAnswer failing(String error) {
        this.error = error;
        return this;
    }

    SeriesAnswer point(String period, Object value) {
        PeriodLabel label = PeriodLabel.parse(period);
        points.add(Map.of("period", period, "value", value, "start", label.start().toString(),
                "end", label.end().toString()));
        return this;
    }

    Map<String, Object> json() {
        Map<String, Object> json = new HashMap<>(Map.of("unit", unit, "points", points));
        if (metricName != null) {
            json.put("metricName", metricName);
        }
        if (expression != null) {
            json.put("expression", expression);
        }
        if (error != null) {
            json.remove("points");
            json.put("error", error);
        }
        if (kind != null) {
            json.put("kind", kind);
        }
        if (basis != null) {
            json.put("basis", basis);
        }
        return json;
    }
}
