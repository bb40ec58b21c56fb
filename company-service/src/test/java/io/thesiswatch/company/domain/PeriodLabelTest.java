package io.thesiswatch.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PeriodLabelTest {

    @Test
    void parsesEveryKindOfLabel() {
        assertEquals(PeriodLabel.Kind.YEAR, PeriodLabel.parse("2024").kind());
        assertEquals(PeriodLabel.Kind.QUARTER, PeriodLabel.parse("2024-Q3").kind());
        assertEquals(PeriodLabel.Kind.MONTH, PeriodLabel.parse("2024-07").kind());
        assertEquals(PeriodLabel.Kind.DAY, PeriodLabel.parse("2024-02-29").kind());
    }

    @Test
    void rejectsWhatIsNotALabel() {
        for (String bad : List.of("24", "2024-Q0", "2024-Q5", "2024-13", "2023-02-29", "2024/07", "1800", "", " 2024")) {
            assertFalse(PeriodLabel.isValid(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> PeriodLabel.parse(null));
    }

    @Test
    void findsTheSamePeriodAYearEarlierAndNPeriodsEarlier() {
        assertEquals("2023", PeriodLabel.parse("2024").yearEarlier().label());
        assertEquals("2023-Q3", PeriodLabel.parse("2024-Q3").yearEarlier().label());
        assertEquals("2023-07", PeriodLabel.parse("2024-07").yearEarlier().label());
        assertEquals("2023-02-28", PeriodLabel.parse("2024-02-29").yearEarlier().label());
        assertEquals("2023-Q4", PeriodLabel.parse("2024-Q1").minus(1).label());
        assertEquals("2023-12", PeriodLabel.parse("2024-01").minus(1).label());
        assertEquals("2023-Q2", PeriodLabel.parse("2024-Q2").minus(4).label());
    }

    @Test
    void ordersByStartThenKindAndKnowsItsBounds() {
        List<String> sorted = Stream.of("2024-Q2", "2024", "2023-12-31", "2024-01", "2024-Q1")
                .map(PeriodLabel::parse).sorted().map(PeriodLabel::label).toList();
        assertEquals(List.of("2023-12-31", "2024", "2024-Q1", "2024-01", "2024-Q2"), sorted);
        assertEquals(LocalDate.of(2024, 9, 30), PeriodLabel.parse("2024-Q3").end());
        assertTrue(PeriodLabel.parse("2024-Q3").start().isEqual(LocalDate.of(2024, 7, 1)));
    }
}
