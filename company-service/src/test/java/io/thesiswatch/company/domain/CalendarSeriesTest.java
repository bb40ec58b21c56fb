package io.thesiswatch.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.PeriodLabel;

class CalendarSeriesTest {

    private static final FiscalYearEnd JUNE = FiscalYearEnd.parse("06-30");

    /** Quarters of a company whose fiscal year ends 30 June, with values 1, 2, 3, ... in order. */
    private static List<SeriesPoint> juneQuarters(String... labels) {
        List<SeriesPoint> points = new ArrayList<>();
        for (String label : labels) {
            PeriodLabel period = PeriodLabel.parse(label);
            FiscalYearEnd.Dates dates = JUNE.dates(period);
            points.add(SeriesPoint.dated(period, dates.start(), dates.end(),
                    BigDecimal.valueOf(10L * (points.size() + 1))));
        }
        return points;
    }

    private static String describe(List<SeriesPoint> points) {
        return points.stream().map(p -> p.period() + "=" + p.value() + " from "
                + p.fiscalPeriods().stream().map(PeriodLabel::label).collect(Collectors.joining("+")))
                .collect(Collectors.joining("; "));
    }

    @Test
    void aJuneCompanysCalendarYearIsTheSumOfTwoFiscalYearsQuarters() {
        CalendarSeries.Result years = CalendarSeries.of(
                juneQuarters("2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"), PeriodKind.YEAR, Temporal.FLOW, JUNE);
        assertEquals("2023=100 from 2023-Q3+2023-Q4+2024-Q1+2024-Q2", describe(years.points()));
    }

    @Test
    void aCalendarYearWithAQuarterMissingIsAbsentAndSaysWhichQuarter() {
        CalendarSeries.Result years = CalendarSeries.of(
                juneQuarters("2023-Q3", "2024-Q1", "2024-Q2"), PeriodKind.YEAR, Temporal.FLOW, JUNE);
        assertEquals(List.of(), years.points());
        assertEquals(1, years.omitted().size());
        assertEquals(CalendarSeries.Gap.INCOMPLETE, years.omitted().get(0).reason());
        assertEquals("calendar 2023 is the sum of four calendar quarters and lacks Q2",
                years.omitted().get(0).detail());
    }

    @Test
    void fiscalQuartersMoveToTheCalendarQuarterHoldingMostOfTheirDays() {
        CalendarSeries.Result quarters = CalendarSeries.of(
                juneQuarters("2024-Q1", "2024-Q2"), PeriodKind.QUARTER, Temporal.FLOW, JUNE);
        assertEquals("2023-Q3=10 from 2024-Q1; 2023-Q4=20 from 2024-Q2", describe(quarters.points()));
    }

    @Test
    void aStockYearTakesTheFiscalYearHoldingMostOfItsDays() {
        PeriodLabel fy2024 = PeriodLabel.year(2024);
        FiscalYearEnd.Dates dates = FiscalYearEnd.parse("01-31").dates(fy2024);
        CalendarSeries.Result years = CalendarSeries.of(
                List.of(SeriesPoint.dated(fy2024, dates.start(), dates.end(), new BigDecimal("7"))),
                PeriodKind.YEAR, Temporal.STOCK, FiscalYearEnd.parse("01-31"));
        assertEquals("2023=7 from 2024", describe(years.points()));
    }

    @Test
    void twoFiscalPeriodsLandingInOneCalendarPeriodLeaveItAmbiguous() {
        PeriodLabel q1 = PeriodLabel.quarter(2024, 1);
        PeriodLabel q2 = PeriodLabel.quarter(2024, 2);
        List<SeriesPoint> points = List.of(
                SeriesPoint.dated(q1, java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 2, 20),
                        BigDecimal.ONE),
                SeriesPoint.dated(q2, java.time.LocalDate.of(2024, 2, 21), java.time.LocalDate.of(2024, 4, 10),
                        BigDecimal.TEN));
        CalendarSeries.Result quarters = CalendarSeries.of(points, PeriodKind.QUARTER, Temporal.FLOW, JUNE);
        assertEquals(List.of(), quarters.points());
        assertEquals(CalendarSeries.Gap.AMBIGUOUS, quarters.omitted().get(0).reason());
        assertEquals("calendar 2024 Q1 would hold fiscal 2024 Q1 and fiscal 2024 Q2",
                quarters.omitted().get(0).detail());
    }

    @Test
    void aDecemberCompanyKeepsItsLabels() {
        FiscalYearEnd december = FiscalYearEnd.CALENDAR;
        PeriodLabel fy = PeriodLabel.year(2024);
        FiscalYearEnd.Dates dates = december.dates(fy);
        CalendarSeries.Result years = CalendarSeries.of(
                List.of(SeriesPoint.dated(fy, dates.start(), dates.end(), new BigDecimal("5"))),
                PeriodKind.YEAR, Temporal.FLOW, december);
        assertEquals("2024=5 from ", describe(years.points()));
    }
}
