package io.thesiswatch.company.domain;

import java.math.BigDecimal;

/** One point of a series: a period and its (observed or derived) value. */
public record SeriesPoint(PeriodLabel period, BigDecimal value) {
}
