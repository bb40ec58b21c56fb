package io.thesiswatch.alert.domain;

import java.math.BigDecimal;

/** One point of a watched series: its period label and exact value. */
public record SeriesPoint(String period, BigDecimal value) {
}
