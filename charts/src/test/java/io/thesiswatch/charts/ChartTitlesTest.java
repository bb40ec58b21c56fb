package io.thesiswatch.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;
import org.junit.jupiter.api.Test;

class ChartTitlesTest {

    @Test
    void aTitleNamesTheSeriesAndItsTransform() {
        assertEquals("NVDA CAPEX", ChartTitles.title("NVDA", "CAPEX", null, null));
        assertEquals("BIG6 CAPEX YoY %", ChartTitles.title("BIG6", "CAPEX", Transform.YOY_PCT, null));
        assertEquals("BIG6 CAPEX vs prior period %", ChartTitles.title("BIG6", "CAPEX", Transform.POP_PCT, null));
        assertEquals("NVDA REVENUE change over 4 periods %",
                ChartTitles.title("NVDA", "REVENUE", Transform.CHANGE_PCT, 4));
    }

    @Test
    void aSubtitleNamesKindAndBasis() {
        assertEquals("Quarterly, fiscal basis", ChartTitles.subtitle(PeriodKind.QUARTER, Basis.FISCAL));
        assertEquals("Yearly, calendar basis", ChartTitles.subtitle(PeriodKind.YEAR, Basis.CALENDAR));
        assertEquals("Calendar basis", ChartTitles.subtitle(null, Basis.CALENDAR));
        assertEquals("Monthly", ChartTitles.subtitle(PeriodKind.MONTH, null));
    }
}
