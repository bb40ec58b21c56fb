package io.thesiswatch.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactFiguresTest {

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "212000000000, USD, $212B",
            "1234000000000, USD, $1.2T",
            "-3480000000, USD, -$3.5B",
            "350000000, USD, $350M",
            "9000000000, USD, $9B",
            "999, USD, $999",
            "21.4, PERCENT, 21%",
            "5.55, PERCENT, 5.6%",
            "-4, PERCENT, -4%",
            "0, PERCENT, 0%",
            "1300000000, COUNT, 1.3B",
            "2.5, USD_PER_MTOK, $2.5",
            "0.3456, RATIO, 0.35"})
    void formatsValuesShortWithTheirUnit(double value, String unit, String shown) {
        assertEquals(shown, CompactFigures.format(value, unit));
    }
}
