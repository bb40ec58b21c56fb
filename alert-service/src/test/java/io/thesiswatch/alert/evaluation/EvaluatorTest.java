package io.thesiswatch.alert.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.PeriodKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules are written as in a trigger's summary: {@code GT 25}, {@code GT 25 clear 23}, {@code LT 10 for 2},
 * {@code GT 25 of YEAR} (the kind of period watched, unknown when left out). Points are oldest first: a bare
 * value is that of 2020, 2021, ... by its place, {@code 2024-Q2=5} names its period; an empty cell is a series
 * with no points, an empty expectation is no event.
 */
class EvaluatorTest {

    @ParameterizedTest(name = "{0} after {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GT 25  | 20 25.1  | FIRED
            GT 25  | 20 25    |
            GTE 25 | 20 25    | FIRED
            GTE 25 | 20 24.99 |
            LT 10  | 12 5.0   | FIRED
            LT 10  | 12 10    |
            LTE 10 | 12 10    | FIRED
            LTE 10 | 12 10.01 |
            """)
    void eachThresholdOperatorComparesTheLatestPoint(String rule, String points, EventKind event) {
        assertEquals(event, evaluate(rule, false, points).event());
    }

    @ParameterizedTest(name = "LT 10 for 2 after {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            15 12 8 |       | only one point below 10
            15 9 8  | FIRED | the two latest points below 10
            9 12 8  |       | not consecutive at the end
            """)
    void forPeriodsNeedsTheConditionOnThatManyLatestPoints(String points, EventKind event, String why) {
        assertEquals(event, evaluate("LT 10 for 2", false, points).event(), why);
    }

    @Test
    void anOutcomeCarriesTheLatestPointAndTheKindOfItsPeriod() {
        assertEquals("2022", evaluate("LT 10 for 2", false, "15 9 8").latest().period());
        Outcome quarterly = evaluate("LT 10 for 2", false, "2024-Q1=9 2024-Q2=8");
        assertEquals("2024-Q2", quarterly.latest().period());
        assertEquals(PeriodKind.QUARTER, quarterly.periodKind());
    }

    @ParameterizedTest(name = "firing, then {0}: {1}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            8 7  | FIRING | true  |
            8 11 | OK     | false | RESOLVED
            """)
    void stayingFiringRecordsNothingAndClearingResolves(String points, TriggerCondition condition, boolean firing,
            EventKind event) {
        Outcome outcome = evaluate("LT 10", true, points);
        assertEquals(condition, outcome.condition());
        assertEquals(firing, outcome.firing());
        assertEquals(event, outcome.event());
    }

    @ParameterizedTest(name = "{0}, firing {1}, after {2}: {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            GT 25 clear 23 | false | 21 26   | FIRING | FIRED    |
            GT 25 clear 23 | true  | 26 24   | FIRING |          | 24 is below 25 but not below 23
            GT 25 clear 23 | true  | 26 23   | FIRING |          | 23 is not below 23
            GT 25 clear 23 | true  | 26 22.9 | OK     | RESOLVED |
            LT 10 clear 12 | true  | 5 11    | FIRING |          |
            LT 10 clear 12 | true  | 5 12.5  | OK     | RESOLVED |
            """)
    void hysteresisKeepsATriggerFiringUntilPastTheClearThreshold(String rule, boolean wasFiring, String points,
            TriggerCondition condition, EventKind event, String why) {
        Outcome outcome = evaluate(rule, wasFiring, points);
        assertEquals(event, outcome.event(), why);
        assertEquals(condition, outcome.condition(), why);
    }

    @ParameterizedTest(name = "{0}, firing {1}, after {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            CROSSES_ABOVE 25 | false | 21 24 26 | FIRED    |
            CROSSES_ABOVE 25 | false | 26 27    |          | already above before: no crossing
            CROSSES_ABOVE 25 | false | 21 24    |          |
            CROSSES_BELOW 10 | false | 12 9     | FIRED    |
            CROSSES_BELOW 10 | false | 9 8      |          |
            CROSSES_BELOW 10 | true  | 9 10     | RESOLVED |
            """)
    void crossingsFireOnlyWhenTheLatestPointCrossedFromThePreviousOne(String rule, boolean wasFiring, String points,
            EventKind event, String why) {
        assertEquals(event, evaluate(rule, wasFiring, points).event(), why);
    }

    @Test
    void aCrossingBeforeTheTriggerExistedDoesNotFire() {
        Outcome baseline = evaluate("CROSSES_ABOVE 25", null, "21 26");
        assertNull(baseline.event());
        assertEquals(TriggerCondition.OK, baseline.condition());
        assertEquals(EventKind.FIRED, evaluate("CROSSES_ABOVE 25", false, "21 24 26").event());
    }

    @ParameterizedTest(name = "{0}, firing {1}, after [{2}]: NO_DATA")
    @CsvSource(delimiter = '|', textBlock = """
            LT 10 for 2      | false | 8
            CROSSES_BELOW 10 | false | 9
            LT 10            | true  |
            """)
    void tooFewPointsIsNoDataThatNeitherFiresNorResolvesAndKeepsTheEpisode(String rule, boolean wasFiring,
            String points) {
        Outcome noData = evaluate(rule, wasFiring, points);
        assertEquals(TriggerCondition.NO_DATA, noData.condition());
        assertEquals(wasFiring, noData.firing());
        assertNull(noData.event());
    }

    @ParameterizedTest(name = "{0} after {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            LT 10 for 3      | 2023-Q4=5 2024-Q1=5 2024-Q2=5           | FIRED
            LT 10 for 3      | 2023-Q2=5 2023-Q4=5 2024-Q1=5 2024-Q2=5 | FIRED
            LT 10 for 3      | 2023-Q4=5 2024-Q1=12 2024-Q2=5          |
            CROSSES_BELOW 10 | 2024-06=12 2024-07=9                    | FIRED
            CROSSES_BELOW 10 | 2023-Q4=12 2024-Q1=9                    | FIRED
            LT 10 for 2      | 2024-12-31=5 2025-01-01=5               | FIRED
            """)
    void consecutivePeriodsEvaluateAsBeforeWhateverTheirKind(String rule, String points, EventKind event) {
        assertEquals(event, evaluate(rule, false, points).event());
    }

    @ParameterizedTest(name = "{0}, firing {1}, after {2}: NO_DATA, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            LT 10 for 3      | false | 2023-Q4=5 2024-Q1=5 2024-Q3=5 | needs 3 consecutive periods; 2024-Q2 is missing
            LT 10 for 3      | true  | 2021=5 2023=5 2024=5          | needs 3 consecutive periods; 2022 is missing
            LT 10 for 2      | false | 8                             | needs 2 consecutive periods; 2019 is missing
            CROSSES_BELOW 10 | false | 2024-Q1=12 2024-Q3=9          | needs 2 consecutive periods; 2024-Q2 is missing
            CROSSES_BELOW 10 | true  | 2024-05=9 2024-07=12          | needs 2 consecutive periods; 2024-06 is missing
            """)
    void aMissingPeriodAmongThoseNeededIsNoDataNamingIt(String rule, boolean wasFiring, String points, String detail) {
        Outcome noData = evaluate(rule, wasFiring, points);
        assertEquals(TriggerCondition.NO_DATA, noData.condition());
        assertEquals(detail, noData.detail());
        assertEquals(wasFiring, noData.firing());
        assertNull(noData.event());
    }

    @ParameterizedTest(name = "{0}, firing {1}, after {2}: ERROR")
    @CsvSource(delimiter = '|', textBlock = """
            GT 25         | false | 2024=26 2024-Q1=26    | the series mixes YEAR and QUARTER periods (2024, 2024-Q1)
            GT 25 of YEAR | false | 2024-Q1=26 2024-Q2=26 | the trigger watches YEAR periods but the series has QUARTER
            GT 25 of YEAR | true  | 2024-Q1=1 2024-Q2=1   | the trigger watches YEAR periods but the series has QUARTER
            GT 25         | false | 2023=20 FY2024=26     | "FY2024" is not a period label
            """)
    void pointsThatAreNotPeriodsOfTheKindWatchedAreNeverEvaluated(String rule, boolean wasFiring, String points,
            String why) {
        Outcome error = evaluate(rule, wasFiring, points);
        assertEquals(TriggerCondition.ERROR, error.condition());
        assertTrue(error.detail().contains(why), error.detail());
        assertEquals(wasFiring, error.firing());
        assertNull(error.event());
    }

    @ParameterizedTest(name = "firing {0}, series error \"{1}\": ERROR")
    @CsvSource(delimiter = '|', textBlock = """
            true  | company-service unavailable
            false | unknown subject
            """)
    void aSeriesErrorNeitherFiresNorResolvesAndKeepsTheEpisode(boolean wasFiring, String seriesError) {
        Outcome error = Evaluator.evaluate(rule("LT 10"), List.of(), seriesError, wasFiring);
        assertEquals(TriggerCondition.ERROR, error.condition());
        assertEquals(wasFiring, error.firing());
        assertNull(error.event());
    }

    private static Outcome evaluate(String rule, Boolean wasFiring, String points) {
        return Evaluator.evaluate(rule(rule), series(points), null, wasFiring);
    }

    private static Evaluator.Rule rule(String text) {
        String[] words = text.trim().split("\\s+");
        BigDecimal clear = null;
        int forPeriods = 1;
        PeriodKind kind = null;
        for (int i = 2; i < words.length; i += 2) {
            switch (words[i]) {
                case "clear" -> clear = new BigDecimal(words[i + 1]);
                case "for" -> forPeriods = Integer.parseInt(words[i + 1]);
                case "of" -> kind = PeriodKind.valueOf(words[i + 1]);
                default -> throw new IllegalArgumentException("not a rule: " + text);
            }
        }
        return new Evaluator.Rule(Operator.valueOf(words[0]), new BigDecimal(words[1]), clear, forPeriods, kind);
    }

    private static List<SeriesPoint> series(String values) {
        List<SeriesPoint> points = new ArrayList<>();
        if (values != null) {
            String[] each = values.trim().split("\\s+");
            for (int i = 0; i < each.length; i++) {
                String[] periodAndValue = each[i].split("=");
                points.add(periodAndValue.length == 2
                        ? new SeriesPoint(periodAndValue[0], new BigDecimal(periodAndValue[1]))
                        : new SeriesPoint(String.valueOf(2020 + i), new BigDecimal(each[i])));
            }
        }
        return points;
    }
}
