package io.thesiswatch.alert.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.alert.domain.TriggerCondition;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static List<SeriesPoint> series(String... values) {
        List<SeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new SeriesPoint(String.valueOf(2020 + i), new BigDecimal(values[i])));
        }
        return points;
    }

    private static Evaluator.Rule rule(Operator op, String threshold, String clear, int forPeriods) {
        return new Evaluator.Rule(op, new BigDecimal(threshold), clear == null ? null : new BigDecimal(clear), forPeriods);
    }

    private static Outcome eval(Evaluator.Rule rule, Boolean wasFiring, String... values) {
        return Evaluator.evaluate(rule, series(values), null, wasFiring);
    }

    @Test
    void eachThresholdOperatorComparesTheLatestPoint() {
        assertEquals(EventKind.FIRED, eval(rule(Operator.GT, "25", null, 1), false, "20", "25.1").event());
        assertNull(eval(rule(Operator.GT, "25", null, 1), false, "20", "25").event());
        assertEquals(EventKind.FIRED, eval(rule(Operator.GTE, "25", null, 1), false, "20", "25").event());
        assertNull(eval(rule(Operator.GTE, "25", null, 1), false, "20", "24.99").event());
        assertEquals(EventKind.FIRED, eval(rule(Operator.LT, "10", null, 1), false, "12", "5.0").event());
        assertNull(eval(rule(Operator.LT, "10", null, 1), false, "12", "10").event());
        assertEquals(EventKind.FIRED, eval(rule(Operator.LTE, "10", null, 1), false, "12", "10").event());
        assertNull(eval(rule(Operator.LTE, "10", null, 1), false, "12", "10.01").event());
    }

    @Test
    void forPeriodsNeedsTheConditionOnThatManyLatestPoints() {
        Evaluator.Rule twoYearsBelowTen = rule(Operator.LT, "10", null, 2);
        assertNull(eval(twoYearsBelowTen, false, "15", "12", "8").event(), "only one point below 10");
        Outcome fired = eval(twoYearsBelowTen, false, "15", "9", "8");
        assertEquals(EventKind.FIRED, fired.event());
        assertEquals("2022", fired.latest().period());
        assertNull(eval(twoYearsBelowTen, false, "9", "12", "8").event(), "not consecutive at the end");
        assertEquals(TriggerCondition.NO_DATA, eval(twoYearsBelowTen, false, "8").condition());
    }

    @Test
    void stayingFiringRecordsNothingAndClearingResolves() {
        Evaluator.Rule belowTen = rule(Operator.LT, "10", null, 1);
        Outcome still = eval(belowTen, true, "8", "7");
        assertEquals(TriggerCondition.FIRING, still.condition());
        assertTrue(still.firing());
        assertNull(still.event());
        Outcome cleared = eval(belowTen, true, "8", "11");
        assertEquals(EventKind.RESOLVED, cleared.event());
        assertEquals(TriggerCondition.OK, cleared.condition());
        assertFalse(cleared.firing());
    }

    @Test
    void hysteresisKeepsATriggerFiringUntilPastTheClearThreshold() {
        Evaluator.Rule share = rule(Operator.GT, "25", "23", 1);
        assertEquals(EventKind.FIRED, eval(share, false, "21", "26").event());
        assertNull(eval(share, true, "26", "24").event(), "24 is below 25 but not below 23");
        assertEquals(TriggerCondition.FIRING, eval(share, true, "26", "24").condition());
        assertNull(eval(share, true, "26", "23").event(), "23 is not below 23");
        assertEquals(EventKind.RESOLVED, eval(share, true, "26", "22.9").event());

        Evaluator.Rule growth = rule(Operator.LT, "10", "12", 1);
        assertNull(eval(growth, true, "5", "11").event());
        assertEquals(EventKind.RESOLVED, eval(growth, true, "5", "12.5").event());
    }

    @Test
    void crossingsFireOnlyWhenTheLatestPointCrossedFromThePreviousOne() {
        Evaluator.Rule above = rule(Operator.CROSSES_ABOVE, "25", null, 1);
        assertEquals(EventKind.FIRED, eval(above, false, "21", "24", "26").event());
        assertNull(eval(above, false, "26", "27").event(), "already above before: no crossing");
        assertNull(eval(above, false, "21", "24").event());
        Evaluator.Rule below = rule(Operator.CROSSES_BELOW, "10", null, 1);
        assertEquals(EventKind.FIRED, eval(below, false, "12", "9").event());
        assertNull(eval(below, false, "9", "8").event());
        assertEquals(EventKind.RESOLVED, eval(below, true, "9", "10").event());
        assertEquals(TriggerCondition.NO_DATA, eval(below, false, "9").condition());
    }

    @Test
    void aCrossingBeforeTheTriggerExistedDoesNotFire() {
        Evaluator.Rule above = rule(Operator.CROSSES_ABOVE, "25", null, 1);
        Outcome baseline = eval(above, null, "21", "26");
        assertNull(baseline.event());
        assertEquals(TriggerCondition.OK, baseline.condition());
        assertEquals(EventKind.FIRED, eval(above, false, "21", "24", "26").event());
    }

    @Test
    void noDataAndErrorsNeverFireNorResolveAndKeepTheEpisode() {
        Evaluator.Rule belowTen = rule(Operator.LT, "10", null, 1);
        Outcome noData = eval(belowTen, true);
        assertEquals(TriggerCondition.NO_DATA, noData.condition());
        assertTrue(noData.firing());
        assertNull(noData.event());
        Outcome error = Evaluator.evaluate(belowTen, List.of(), "company-service unavailable", true);
        assertEquals(TriggerCondition.ERROR, error.condition());
        assertTrue(error.firing());
        assertNull(error.event());
        assertFalse(Evaluator.evaluate(belowTen, List.of(), "unknown subject", false).firing());
    }
}
