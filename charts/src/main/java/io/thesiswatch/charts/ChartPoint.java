package io.thesiswatch.charts;

import java.math.BigDecimal;
import java.util.Objects;

/** One point of a charted series: its period label and value. */
public record ChartPoint(String period, BigDecimal value) {

    public ChartPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
    }
}
