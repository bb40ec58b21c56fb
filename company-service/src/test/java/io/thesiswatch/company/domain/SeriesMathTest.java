package io.thesiswatch.company.domain;

import io.thesiswatch.contract.PeriodLabel;
import io.thesiswatch.contract.Transform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @ParameterizedTest(name = "{0}, window {1}")
    @CsvSource({"YOY_PCT, 0", "POP_PCT, 0", "CHANGE_PCT, 3", "VALUE, 0"})
    void theLatestPointsAreTheTailOfTheWholeSeries(Transform transform, int window) {
        // a missing quarter (2021-Q2) and a zero base (2020-Q3) leave points out of the whole series
        List<SeriesPoint> quarters = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            if (i != 5) {
                quarters.add(point((2020 + i / 4) + "-Q" + (i % 4 + 1), i == 2 ? "0" : String.valueOf(100 + i * i)));
            }
        }
        List<SeriesPoint> whole = SeriesMath.transform(quarters, transform, window);
        for (int latest = 1; latest <= whole.size() + 2; latest++) {
            List<SeriesPoint> tail = whole.subList(Math.max(0, whole.size() - latest), whole.size());
            List<SeriesPoint> read = SeriesMath.transform(quarters, transform, window, latest);
            assertEquals(tail, read, "latest " + latest);
        }
    }

    @ParameterizedTest(name = "{0}, window {1}")
    @CsvSource({"YOY_PCT, 0", "POP_PCT, 0", "CHANGE_PCT, 3", "VALUE, 0"})
    void pointsFromTheLatestObservationsAreTheWholeSeriesTailWheneverTheySaySo(Transform transform, int window) {
        List<SeriesPoint> quarters = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            if (i != 5 && i != 17) {
                quarters.add(point((2020 + i / 4) + "-Q" + (i % 4 + 1), i == 2 ? "0" : String.valueOf(100 + i * i)));
            }
        }
        int sufficient = 0;
        int insufficient = 0;
        for (int latest = 1; latest <= 6; latest++) {
            List<SeriesPoint> whole = SeriesMath.transform(quarters, transform, window);
            List<SeriesPoint> tail = whole.subList(Math.max(0, whole.size() - latest), whole.size());
            for (int rows = 1; rows < quarters.size(); rows++) {
                List<SeriesPoint> recent = quarters.subList(quarters.size() - rows, quarters.size());
                SeriesMath.Latest read = SeriesMath.latest(recent, transform, window, latest);
                boolean enough = !read.ranOut() && read.oldestConsulted().compareTo(recent.get(0).period()) >= 0;
                if (enough) {
                    sufficient++;
                    assertEquals(tail, read.points(), "latest " + latest + " from the last " + rows + " rows");
                } else {
                    insufficient++;
                }
            }
        }
        assertTrue(sufficient > 0 && insufficient > 0, sufficient + " sufficient, " + insufficient + " not");
    }
}
