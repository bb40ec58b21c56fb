package io.thesiswatch.company.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.PeriodLabel;

/**
 * A company's nominal fiscal year end ({@code MM-DD}, default {@code 12-31}). A fiscal year is named by the
 * calendar year of its last day, except that a year ending 1–7 January takes the previous year's name (a
 * 52/53-week year that spills a few days over New Year). Observations not taken from a filing end on the
 * nominal day; their fiscal quarters are three months each, counted back from it.
 */
public record FiscalYearEnd(MonthDay monthDay) {

    public static final FiscalYearEnd CALENDAR = new FiscalYearEnd(MonthDay.of(12, 31));
    public static final String FORMAT_HINT = "must be a month and day MM-DD such as 12-31 or 01-31 (not 02-29)";

    /** Two year ends within this many days of each other are the same (52/53-week years drift). */
    public static final int MATCH_DAYS = 7;

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})-(\\d{2})");

    /** Parses {@code MM-DD}; throws {@link IllegalArgumentException} with {@link #FORMAT_HINT}. */
    public static FiscalYearEnd parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(FORMAT_HINT);
        }
        try {
            MonthDay monthDay = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (monthDay.equals(MonthDay.of(2, 29))) {
                throw new IllegalArgumentException(FORMAT_HINT);
            }
            return new FiscalYearEnd(monthDay);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(FORMAT_HINT, e);
        }
    }

    /** The nominal year end nearest to a real last day of a fiscal year (for the importer). */
    public static FiscalYearEnd of(LocalDate lastDay) {
        MonthDay monthDay = MonthDay.from(lastDay);
        return new FiscalYearEnd(monthDay.equals(MonthDay.of(2, 29)) ? MonthDay.of(2, 28) : monthDay);
    }

    /** The fiscal year a period ending on {@code lastDay} closes is named after this year. */
    public static int yearName(LocalDate lastDay) {
        return lastDay.getMonthValue() == 1 && lastDay.getDayOfMonth() <= MATCH_DAYS
                ? lastDay.getYear() - 1 : lastDay.getYear();
    }

    /** Whether two year ends are within {@link #MATCH_DAYS} days of each other, across New Year too. */
    public boolean matches(FiscalYearEnd other) {
        LocalDate a = monthDay.atYear(2001);
        long days = Math.abs(ChronoUnit.DAYS.between(a, other.monthDay.atYear(2001)));
        return Math.min(days, 365 - days) <= MATCH_DAYS;
    }

    /** Whether fiscal periods are calendar periods (a year end within a week of 31 December). */
    public boolean isCalendar() {
        return matches(CALENDAR);
    }

    /** The nominal last day of the fiscal year named {@code year}. */
    public LocalDate lastDayOfYear(int year) {
        int calendarYear = monthDay.getMonthValue() == 1 && monthDay.getDayOfMonth() <= MATCH_DAYS ? year + 1 : year;
        return monthDay.atYear(calendarYear);
    }

    /** The nominal first and last day of a fiscal year or quarter; months and days are calendar. */
    public Dates dates(PeriodLabel label) {
        return switch (label.kind()) {
            case YEAR -> {
                LocalDate end = lastDayOfYear(label.yearNumber());
                yield new Dates(quarterEnd(lastDayOfYear(label.yearNumber() - 1), 0).plusDays(1), end);
            }
            case QUARTER -> {
                LocalDate yearEnd = lastDayOfYear(label.yearNumber());
                int quartersAfter = 4 - label.quarterNumber();
                yield new Dates(quarterEnd(yearEnd, quartersAfter + 1).plusDays(1), quarterEnd(yearEnd, quartersAfter));
            }
            case MONTH, DAY -> new Dates(label.start(), label.end());
        };
    }

    /** The fiscal quarter a three-month period ending near {@code lastDay} is (importer's facts). */
    public PeriodLabel quarterEnding(LocalDate lastDay) {
        for (int year = lastDay.getYear() - 1; year <= lastDay.getYear() + 1; year++) {
            LocalDate yearEnd = lastDayOfYear(year);
            for (int quartersAfter = 0; quartersAfter < 4; quartersAfter++) {
                if (Math.abs(ChronoUnit.DAYS.between(quarterEnd(yearEnd, quartersAfter), lastDay)) <= 20) {
                    return PeriodLabel.quarter(year, 4 - quartersAfter);
                }
            }
        }
        throw new IllegalArgumentException("no fiscal quarter of a year ending " + this + " ends near " + lastDay);
    }

    /** Whether the label's kind has fiscal dates that differ from calendar dates for this year end. */
    public boolean isFiscal(PeriodKind kind) {
        return (kind == PeriodKind.YEAR || kind == PeriodKind.QUARTER) && !isCalendar();
    }

    private LocalDate quarterEnd(LocalDate yearEnd, int quartersBefore) {
        LocalDate end = yearEnd.minusMonths(3L * quartersBefore);
        boolean monthEnd = yearEnd.getDayOfMonth() == yearEnd.lengthOfMonth();
        return monthEnd ? end.withDayOfMonth(end.lengthOfMonth()) : end;
    }

    @Override
    public String toString() {
        return String.format("%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth());
    }

    /** The first and last day of a period. */
    public record Dates(LocalDate start, LocalDate end) {
    }
}
