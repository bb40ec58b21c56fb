package io.thesiswatch.company.domain;

import io.thesiswatch.contract.PeriodLabel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriesMathTest {

    private static SeriesPoint point(String period, String value) {
        return new SeriesPoint(PeriodLabel.parse(period), new BigDecimal(value));
    }

    @ParameterizedTest(name = "from {0} to {1} is {2}%")
    @CsvSource({
            "1833000000, 1069000000, -41.680306",
            "80,         90,         12.5",
            "-10,        -5,         50",
            "5,          10,         100"})
    void percentChangeIsRoundedToSixPlacesAndMeasuredAgainstTheBaseSize(BigDecimal base, BigDecimal current,
            String expected) {
        BigDecimal change = SeriesMath.percentChange(base, current);
        assertEquals(new BigDecimal(expected), change);
        assertEquals(expected, change.toPlainString());
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
