package io.thesiswatch.company.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.thesiswatch.contract.PeriodLabel;

/**
 * A value over real days. On the fiscal basis {@code sources} is empty; on the calendar basis it names the
 * fiscal periods the value came from, and start and end span their days.
 */
public record DatedPoint(PeriodLabel period, LocalDate start, LocalDate end, BigDecimal value,
        List<PeriodLabel> sources) {

    public DatedPoint {
        sources = List.copyOf(sources);
    }

    public static DatedPoint fiscal(PeriodLabel period, LocalDate start, LocalDate end, BigDecimal value) {
        return new DatedPoint(period, start, end, value, List.of());
    }
}
