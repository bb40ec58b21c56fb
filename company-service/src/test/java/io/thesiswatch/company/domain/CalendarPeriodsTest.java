package io.thesiswatch.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.thesiswatch.contract.PeriodKind;

class CalendarPeriodsTest {

    @ParameterizedTest(name = "{0} to {1} belongs to calendar {2}")
    @CsvSource({
            "2024-01-29, 2024-04-28, 2024-Q1",
            "2023-01-30, 2023-04-30, 2023-Q1",
            "2023-07-31, 2023-10-29, 2023-Q3",
            "2024-02-15, 2024-05-15, 2024-Q1",
            "2024-02-16, 2024-05-16, 2024-Q2",
            "2024-02-14, 2024-05-14, 2024-Q1" })
    void aQuarterBelongsToTheCalendarQuarterHoldingMostOfItsDays(LocalDate start, LocalDate end, String calendar) {
        assertEquals(calendar, CalendarPeriods.holdingMostOf(PeriodKind.QUARTER, start, end).label());
    }

    @Test
    void aTieGoesToThePeriodHoldingTheLastDay() {
        // 2023-12-02 .. 2024-01-30: 30 days in December, 30 in January
        assertEquals("2024", CalendarPeriods.holdingMostOf(PeriodKind.YEAR,
                LocalDate.of(2023, 12, 2), LocalDate.of(2024, 1, 30)).label());
    }

    @Test
    void everyFramedFactOfNvidiasFilingsLandsInItsSecCalendarFrame() throws IOException {
        JsonNode file;
        try (InputStream in = getClass().getResourceAsStream("/sec/companyfacts-NVDA.json")) {
            file = new ObjectMapper().readTree(in);
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JsonNode taxonomy : file.get("facts")) {
            for (JsonNode concept : taxonomy) {
                for (JsonNode unit : concept.get("units")) {
                    for (JsonNode fact : unit) {
                        String frame = fact.path("frame").asText("");
                        if (frame.isEmpty() || frame.endsWith("I") || !fact.has("start")) {
                            continue;
                        }
                        boolean quarter = frame.contains("Q");
                        String expected = quarter ? frame.substring(2, 6) + "-" + frame.substring(6)
                                : frame.substring(2);
                        String mapped = CalendarPeriods.holdingMostOf(quarter ? PeriodKind.QUARTER : PeriodKind.YEAR,
                                LocalDate.parse(fact.get("start").asText()), LocalDate.parse(fact.get("end").asText()))
                                .label();
                        checked++;
                        if (!expected.equals(mapped)) {
                            wrong.add(fact + " -> " + mapped);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 4000, "framed facts checked: " + checked);
        assertEquals(List.of(), wrong);
    }
}
