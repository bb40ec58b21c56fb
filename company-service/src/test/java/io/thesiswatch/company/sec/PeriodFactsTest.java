package io.thesiswatch.company.sec;

import io.thesiswatch.contract.PeriodKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.thesiswatch.contract.PeriodLabel;

/** NVIDIA's real capex filings (USD), read the way the importer reads them. */
class PeriodFactsTest {

    /** The configured order (application.properties): NVIDIA switched concepts in 2020. */
    private static final List<String> CAPEX = List.of("PaymentsToAcquirePropertyPlantAndEquipment",
            "PaymentsToAcquireProductiveAssets");
    private static PeriodFacts.Selection capex;
    private static Map<String, PeriodFacts.Selected> byLabel;

    @BeforeAll
    static void readNvidiasFile() throws IOException {
        try (InputStream in = PeriodFactsTest.class.getResourceAsStream("/sec/companyfacts-NVDA.json")) {
            capex = PeriodFacts.select(CAPEX, CompanyFactsReader.read(in, Set.copyOf(CAPEX)).facts());
        }
        byLabel = capex.periods().stream().collect(Collectors.toMap(s -> s.period().label(), Function.identity()));
    }

    private static BigDecimal millions(String label) {
        PeriodFacts.Selected selected = byLabel.get(label);
        return selected == null ? null : selected.value().movePointLeft(6).stripTrailingZeros();
    }

    @ParameterizedTest(name = "fiscal {0}: Q1 {1}, Q2 {2}, Q3 {3}, Q4 {4} (USD millions)")
    @CsvSource({ "2024, 248, 289, 278, 254", "2022, 298, 183, 222, 273" })
    void everyQuarterOfAFiscalYearWithYearToDateFacts(int year, String q1, String q2, String q3, String q4) {
        assertEquals(List.of(new BigDecimal(q1), new BigDecimal(q2), new BigDecimal(q3), new BigDecimal(q4)),
                List.of(millions(year + "-Q1"), millions(year + "-Q2"), millions(year + "-Q3"),
                        millions(year + "-Q4")));
    }

    @Test
    void fiscal2023HasOnlyItsFourthQuarterBecauseTheFileHasNoThreeOrSixMonthFacts() {
        assertEquals(new BigDecimal("509"), millions("2023-Q4"));
        assertEquals(null, millions("2023-Q1"));
        assertEquals(null, millions("2023-Q2"));
        assertEquals(null, millions("2023-Q3"));
    }

    @Test
    void yearsAreNamedByTheirLastDayNotByTheFilingsFiscalYear() {
        // the fiscal year ending 2022-01-30 appears in a filing whose fy is 2024
        assertEquals(new BigDecimal("976"), millions("2022"));
        assertEquals(new BigDecimal("1833"), millions("2023"));
        assertEquals(new BigDecimal("1069"), millions("2024"));
        assertEquals(LocalDate.of(2023, 1, 30), byLabel.get("2024").start());
        assertEquals(LocalDate.of(2024, 1, 28), byLabel.get("2024").end());
    }

    @Test
    void derivedQuartersSayHowAndNameBothFilings() {
        PeriodFacts.Selected q2 = byLabel.get("2024-Q2");
        assertTrue(q2.derived());
        assertEquals(LocalDate.of(2023, 5, 1), q2.start());
        assertEquals(LocalDate.of(2023, 7, 30), q2.end());
        assertTrue(q2.source().startsWith("Q2 = six months minus first quarter: SEC EDGAR 10-Q"), q2.source());
        assertEquals(2, q2.source().split("0001045810-").length - 1, q2.source());
        PeriodFacts.Selected q1 = byLabel.get("2024-Q1");
        assertFalse(q1.derived());
        assertEquals(LocalDate.of(2023, 1, 30), q1.start());
    }

    @Test
    void aReportedThreeMonthFactWinsOverADerivation() {
        // fiscal 2025 Q1 is reported (369); Q2 and Q3 come from the year-to-date facts
        assertEquals(new BigDecimal("369"), millions("2025-Q1"));
        assertFalse(byLabel.get("2025-Q1").derived());
        assertEquals(new BigDecimal("977"), millions("2025-Q2"));
        assertEquals(new BigDecimal("813"), millions("2025-Q3"));
    }

    @Test
    void everyFiscalYearWithFullYearToDateFactsHasFourQuarters() {
        for (PeriodFacts.Selected year : capex.periods()) {
            if (year.period().kind() != io.thesiswatch.contract.PeriodKind.YEAR
                    || !byLabel.containsKey(year.period().label() + "-Q1")
                    || !byLabel.containsKey(year.period().label() + "-Q3")) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int q = 1; q <= 4; q++) {
                PeriodFacts.Selected quarter = byLabel.get(PeriodLabel.quarter(year.period().yearNumber(), q).label());
                assertTrue(quarter != null, year.period() + " lacks Q" + q);
                sum = sum.add(quarter.value());
            }
            assertEquals(0, sum.compareTo(year.value()), year.period() + ": quarters add up to the year");
        }
    }

    @Test
    void theYearEndComesFromTheLatestFullYear() {
        assertEquals("01-28", capex.yearEnd().orElseThrow().toString());
    }
}
