package io.thesiswatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorTest {

    @ParameterizedTest(name = "{0}: {1} against 10 meets = {2}")
    @CsvSource({
            "GT, 10.01, true", "GT, 10, false",
            "GTE, 10, true", "GTE, 9.99, false",
            "LT, 9.99, true", "LT, 10, false",
            "LTE, 10, true", "LTE, 10.01, false",
            "CROSSES_ABOVE, 10.01, true", "CROSSES_ABOVE, 10, false",
            "CROSSES_BELOW, 9.99, true", "CROSSES_BELOW, 10, false" })
    void meetsComparesWithTheThreshold(Operator operator, BigDecimal value, boolean meets) {
        assertEquals(meets, operator.meets(value, BigDecimal.TEN));
    }

    @ParameterizedTest(name = "{0}: fires upward = {1}, crossing = {2}")
    @CsvSource({
            "GT, true, false", "GTE, true, false", "LT, false, false", "LTE, false, false",
            "CROSSES_ABOVE, true, true", "CROSSES_BELOW, false, true" })
    void eachOperatorKnowsItsDirectionAndWhetherItCrosses(Operator operator, boolean upward, boolean crossing) {
        assertEquals(upward, operator.firesUpward());
        assertEquals(crossing, operator.isCrossing());
    }

    @ParameterizedTest(name = "{0} {1} clear {2}: {3} clears = {4}")
    @CsvSource({
            "GT, 25, , 25, true", "GT, 25, , 25.1, false",
            "GT, 25, 23, 24, false", "GT, 25, 23, 22.9, true",
            "LT, 10, 12, 11, false", "LT, 10, 12, 12.1, true",
            "LT, 10, , 10, true" })
    void clearingNeedsTheSafeSideOfTheClearThreshold(Operator operator, BigDecimal threshold, BigDecimal clear,
            BigDecimal latest, boolean clears) {
        assertEquals(clears, operator.clears(latest, threshold, clear));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} crossed = {3}")
    @CsvSource({
            "CROSSES_ABOVE, 9, 11, true", "CROSSES_ABOVE, 11, 12, false", "CROSSES_ABOVE, 11, 9, false",
            "CROSSES_BELOW, 11, 9, true", "CROSSES_BELOW, 9, 8, false" })
    void aCrossingNeedsThePreviousPointOnTheSafeSide(Operator operator, BigDecimal previous, BigDecimal latest,
            boolean crossed) {
        assertEquals(crossed, operator.crossed(previous, latest, BigDecimal.TEN));
    }
}
