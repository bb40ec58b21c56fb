package io.thesiswatch.company.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.PeriodLabel;

/**
 * Which calendar period a fiscal period belongs to: the one that holds most of its days; a tie goes to the
 * one that holds its last day. It agrees with the SEC's own calendar frames on every framed duration fact of
 * NVIDIA's companyfacts file (see the tests).
 */
public final class CalendarPeriods {

    private CalendarPeriods() {
    }

    /** The calendar period of {@code kind} (YEAR or QUARTER) holding most of the days from start to end. */
    public static PeriodLabel holdingMostOf(PeriodKind kind, LocalDate start, LocalDate end) {
        PeriodLabel candidate = containing(kind, end);
        PeriodLabel best = candidate;
        long bestDays = overlap(candidate, start, end);
        for (PeriodLabel p = candidate.minus(1); !p.end().isBefore(start); p = p.minus(1)) {
            long days = overlap(p, start, end);
            if (days > bestDays) {
                best = p;
                bestDays = days;
            }
        }
        return best;
    }

    static PeriodLabel containing(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case YEAR -> PeriodLabel.year(day.getYear());
            case QUARTER -> PeriodLabel.quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case MONTH -> PeriodLabel.parse(String.format("%04d-%02d", day.getYear(), day.getMonthValue()));
            case DAY -> PeriodLabel.parse(day.toString());
        };
    }

    private static long overlap(PeriodLabel calendar, LocalDate start, LocalDate end) {
        LocalDate from = calendar.start().isAfter(start) ? calendar.start() : start;
        LocalDate to = calendar.end().isBefore(end) ? calendar.end() : end;
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }
}
