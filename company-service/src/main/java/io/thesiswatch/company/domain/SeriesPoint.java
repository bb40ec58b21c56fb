package io.thesiswatch.company.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.thesiswatch.contract.PeriodLabel;

/**
 * One point of a series: a period, its (observed or derived) value and its real days. A calendar point
 * names the fiscal periods it came from; an observed point its source and whether it was derived from other
 * facts (a quarter from year-to-date filings).
 */
public record SeriesPoint(PeriodLabel period, BigDecimal value, LocalDate start, LocalDate end,
        List<PeriodLabel> fiscalPeriods, String source, boolean derived) {

    public SeriesPoint {
        fiscalPeriods = List.copyOf(fiscalPeriods);
    }

    /** A point whose days are its label's calendar days. */
    public SeriesPoint(PeriodLabel period, BigDecimal value) {
        this(period, value, period.start(), period.end(), List.of(), null, false);
    }

    /** A fiscal point over real days. */
    public static SeriesPoint dated(PeriodLabel period, LocalDate start, LocalDate end, BigDecimal value) {
        return new SeriesPoint(period, value, start, end, List.of(), null, false);
    }

    /** The same period and days with a value computed from this one (no longer the source's figure). */
    public SeriesPoint withValue(BigDecimal computed) {
        return new SeriesPoint(period, computed, start, end, fiscalPeriods, null, false);
    }
}
