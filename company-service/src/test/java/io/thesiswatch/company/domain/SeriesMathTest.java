package io.thesiswatch.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeriesMathTest {

    private static SeriesPoint point(String period, String value) {
        return new SeriesPoint(PeriodLabel.parse(period), new BigDecimal(value));
    }

    @Test
    void percentChangeIsRoundedToSixPlacesAndMeasuredAgainstTheBaseSize() {
        assertEquals(new BigDecimal("-41.680306"), SeriesMath.percentChange(new BigDecimal("1833000000"),
                new BigDecimal("1069000000")));
        assertEquals(new BigDecimal("12.5"), SeriesMath.percentChange(new BigDecimal("80"), new BigDecimal("90")));
        assertEquals(new BigDecimal("50"), SeriesMath.percentChange(new BigDecimal("-10"), new BigDecimal("-5")));
        assertEquals("100", SeriesMath.percentChange(new BigDecimal("5"), new BigDecimal("10")).toPlainString());
    }

    @Test
    void groupTotalKeepsOnlyPeriodsEveryMemberHas() {
        List<SeriesPoint> total = SeriesMath.groupTotal(List.of(
                List.of(point("2023", "1"), point("2024", "2")),
                List.of(point("2024", "3"))));
        assertEquals(List.of(point("2024", "5")), total);
        assertEquals(List.of(), SeriesMath.groupTotal(List.of()));
    }
}
