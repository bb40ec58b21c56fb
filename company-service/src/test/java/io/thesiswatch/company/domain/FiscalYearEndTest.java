package io.thesiswatch.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.thesiswatch.contract.PeriodLabel;

class FiscalYearEndTest {

    @ParameterizedTest(name = "year end {0}: {1} runs {2} to {3}")
    @CsvSource({
            "12-31, 2024,    2024-01-01, 2024-12-31",
            "12-31, 2024-Q3, 2024-07-01, 2024-09-30",
            "06-30, 2024,    2023-07-01, 2024-06-30",
            "06-30, 2024-Q1, 2023-07-01, 2023-09-30",
            "06-30, 2024-Q4, 2024-04-01, 2024-06-30",
            "01-31, 2025-Q1, 2024-02-01, 2024-04-30",
            "01-31, 2025,    2024-02-01, 2025-01-31",
            "01-28, 2024-Q4, 2023-10-29, 2024-01-28",
            "09-30, 2024-Q2, 2024-01-01, 2024-03-31",
            "01-03, 2024,    2024-01-04, 2025-01-03",
            "06-30, 2024-07, 2024-07-01, 2024-07-31" })
    void nominalDatesCountQuartersBackFromTheYearEnd(String yearEnd, String label, LocalDate start, LocalDate end) {
        FiscalYearEnd.Dates dates = FiscalYearEnd.parse(yearEnd).dates(PeriodLabel.parse(label));
        assertEquals(start, dates.start());
        assertEquals(end, dates.end());
    }

    @ParameterizedTest(name = "a fiscal year ending {0} is named {1}")
    @CsvSource({ "2024-01-28, 2024", "2025-01-03, 2024", "2025-01-07, 2024", "2025-01-08, 2025", "2024-06-30, 2024" })
    void aYearEndingInTheFirstWeekOfJanuaryTakesThePreviousYearsName(LocalDate lastDay, int name) {
        assertEquals(name, FiscalYearEnd.yearName(lastDay));
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({ "12-31, 01-03, true", "01-28, 01-31, true", "01-28, 02-05, false", "12-31, 12-24, true",
            "12-31, 12-23, false", "06-30, 07-01, true" })
    void yearEndsWithinAWeekMatch(String a, String b, boolean matches) {
        assertEquals(matches, FiscalYearEnd.parse(a).matches(FiscalYearEnd.parse(b)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "02-30", "02-29", "13-01", "00-10", "1-31", "12/31", "", "12-31x" })
    void refusesWhatIsNotAYearEnd(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FiscalYearEnd.parse(text));
        assertEquals(FiscalYearEnd.FORMAT_HINT, e.getMessage());
    }

    @ParameterizedTest(name = "year end {0}: a quarter ending {1} is {2}")
    @CsvSource({ "01-28, 2023-04-30, 2024-Q1", "01-28, 2024-01-28, 2024-Q4", "01-28, 2024-04-28, 2025-Q1",
            "01-28, 2023-10-29, 2024-Q3", "06-30, 2023-09-30, 2024-Q1", "12-31, 2024-03-31, 2024-Q1" })
    void findsTheFiscalQuarterOfAFilingsEndDate(String yearEnd, LocalDate lastDay, String quarter) {
        assertEquals(quarter, FiscalYearEnd.parse(yearEnd).quarterEnding(lastDay).label());
    }
}
