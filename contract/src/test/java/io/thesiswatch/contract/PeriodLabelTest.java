package io.thesiswatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodLabelTest {

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({ "2024, YEAR", "2024-Q3, QUARTER", "2024-07, MONTH", "2024-02-29, DAY" })
    void parsesEveryKindOfLabel(String label, PeriodKind kind) {
        assertEquals(kind, PeriodLabel.parse(label).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = { "24", "2024-Q0", "2024-Q5", "2024-13", "2023-02-29", "2024/07", "1800", "", " 2024",
            "2024 ", "2024-Q", "2024-Q12", "20x4", "2024-00", "2024-7-15", "2024-07-1", "2024-07-15x",
            "\u0662\u0660\u0662\u0664" })
    void rejectsWhatIsNotALabel(String bad) {
        assertFalse(PeriodLabel.isValid(bad), bad);
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> PeriodLabel.parse(null));
    }

    @ParameterizedTest(name = "{0}: a year earlier {1}, previous {2}, next {3}")
    @CsvSource({
            "2024, 2023, 2023, 2025",
            "2024-Q3, 2023-Q3, 2024-Q2, 2024-Q4",
            "2024-Q1, 2023-Q1, 2023-Q4, 2024-Q2",
            "2024-01, 2023-01, 2023-12, 2024-02",
            "2024-02-29, 2023-02-28, 2024-02-28, 2024-03-01" })
    void findsTheSamePeriodAYearEarlierAndItsNeighbours(String label, String yearEarlier, String previous,
            String next) {
        PeriodLabel period = PeriodLabel.parse(label);
        assertEquals(yearEarlier, period.yearEarlier().label());
        assertEquals(previous, period.minus(1).label());
        assertEquals(next, period.next().label());
        assertEquals(true, period.minus(1).isFollowedBy(period));
        assertEquals(false, period.minus(2).isFollowedBy(period));
    }

    @Test
    void aLabelBuiltFromItsIndexIsTheLabelParsed() {
        for (int year = 1900; year <= 2200; year++) {
            List<String> labels = new java.util.ArrayList<>(List.of(String.valueOf(year), year + "-12-31"));
            for (int i = 1; i <= 12; i++) {
                labels.add(String.format("%d-%02d", year, i));
                labels.add(i <= 4 ? year + "-Q" + i : year + "-0" + (i % 9 + 1) + "-0" + (i % 9 + 1));
            }
            for (String label : labels) {
                PeriodLabel parsed = PeriodLabel.parse(label);
                assertEquals(label, parsed.label());
                assertEquals(parsed, parsed.minus(1).next(), label);
                assertEquals(parsed.start(), parsed.minus(0).start(), label);
            }
        }
    }

    @Test
    void namesTheYearsALabelMayHave() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PeriodLabel.parse("1899-Q4"));
        assertEquals(PeriodLabel.FORMAT_HINT + " (years 1900 to 2200)", refused.getMessage());
        assertEquals(PeriodLabel.FORMAT_HINT, assertThrows(IllegalArgumentException.class,
                () -> PeriodLabel.parse("2024-1")).getMessage());
    }

    @Test
    void ordersPointsOfOneKindByTheirIndex() {
        List<String> sorted = Stream.of("2025-Q1", "2024-Q4", "2023-Q2", "2024-Q1")
                .map(PeriodLabel::parse).sorted().map(PeriodLabel::label).toList();
        assertEquals(List.of("2023-Q2", "2024-Q1", "2024-Q4", "2025-Q1"), sorted);
    }

    @Test
    void aYearIsNotFollowedByAQuarter() {
        assertFalse(PeriodLabel.parse("2024").isFollowedBy(PeriodLabel.parse("2025-Q1")));
    }

    @Test
    void ordersByStartThenKindAndKnowsItsCalendarBounds() {
        List<String> sorted = Stream.of("2024-Q2", "2024", "2023-12-31", "2024-01", "2024-Q1")
                .map(PeriodLabel::parse).sorted().map(PeriodLabel::label).toList();
        assertEquals(List.of("2023-12-31", "2024", "2024-Q1", "2024-01", "2024-Q2"), sorted);
        assertEquals(LocalDate.of(2024, 9, 30), PeriodLabel.parse("2024-Q3").end());
        assertEquals(LocalDate.of(2024, 7, 1), PeriodLabel.parse("2024-Q3").start());
    }

    @ParameterizedTest(name = "{0} on the {1} basis reads \"{2}\"")
    @CsvSource({ "2025-Q1, FISCAL, fiscal 2025 Q1", "2024, CALENDAR, calendar 2024", "2024, FISCAL, fiscal 2024",
            "2024-07, CALENDAR, 2024-07", "2024-07-15, FISCAL, 2024-07-15" })
    void namesThePeriodWithItsBasis(String label, Basis basis, String described) {
        assertEquals(described, PeriodLabel.parse(label).describe(basis));
    }
}
