package io.thesiswatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerRulesTest {

    @ParameterizedTest(name = "{0} window {1} {2} {3} clear {4} for {5} -> [{6}]")
    @CsvSource(delimiter = '|', value = {
            "VALUE      |      | GT            | 25 |    | 1 | ''",
            "           |      | GT            | 25 |    |   | ''",
            "CHANGE_PCT | 4    | LT            | 10 |    | 2 | ''",
            "CHANGE_PCT |      | LT            | 10 |    | 1 | series.window: is required with CHANGE_PCT",
            "CHANGE_PCT | 0    | LT            | 10 |    | 1 | series.window: must be between 1 and 1000",
            "CHANGE_PCT | 1001 | LT            | 10 |    | 1 | series.window: must be between 1 and 1000",
            "YOY_PCT    | 4    | LT            | 10 |    | 1 | series.window: is only allowed with CHANGE_PCT",
            "VALUE      |      | GT            | 25 | 23 | 1 | ''",
            "VALUE      |      | GT            | 25 | 26 | 1 | clearThreshold",
            "VALUE      |      | LT            | 10 | 9  | 1 | clearThreshold",
            "VALUE      |      | CROSSES_ABOVE | 10 |    | 2 | forPeriods",
            "VALUE      |      | CROSSES_BELOW | 10 |    | 1 | ''" })
    void fieldsThatDoNotFitTogetherNameTheField(Transform transform, Integer window, Operator operator,
            BigDecimal threshold, BigDecimal clear, Integer forPeriods, String expected) {
        List<FieldProblem> problems = TriggerRules.problems(
                new TriggerRules.Fields(transform, window, operator, threshold, clear, forPeriods));
        String described = problems.stream()
                .map(p -> expected.contains(":") ? p.field() + ": " + p.message() : p.field())
                .collect(Collectors.joining(", "));
        assertEquals(expected, described);
    }

    @ParameterizedTest(name = "{0} for {1} needs {2}")
    @CsvSource({ "GT, 3, 3", "LTE, 1, 1", "CROSSES_ABOVE, 1, 2", "CROSSES_BELOW, 1, 2" })
    void aCrossingNeedsTwoPeriods(Operator operator, int forPeriods, int needed) {
        assertEquals(needed, TriggerRules.periodsNeeded(operator, forPeriods));
    }

    @org.junit.jupiter.api.Test
    void aSeriesIsOneSubjectAndMetricOrAnExpressionWithItsKind() {
        assertEquals(List.of(), fieldsOf(TriggerRules.seriesProblems(new TriggerRules.SeriesFields("NVDA", "CAPEX",
                Transform.YOY_PCT, null, null, null))));
        assertEquals(List.of("series.subject", "series.metric"), fieldsOf(TriggerRules.seriesProblems(
                new TriggerRules.SeriesFields(" ", null, null, null, null, null))));
        assertEquals(List.of(), fieldsOf(TriggerRules.seriesProblems(new TriggerRules.SeriesFields(null, null, null,
                null, PeriodKind.YEAR, "{NVDA:REVENUE} / {BIG6:CAPEX}"))));
        assertEquals(List.of("series.subject", "series.metric", "series.transform", "series.window", "series.kind",
                "series.expression"), fieldsOf(TriggerRules.seriesProblems(new TriggerRules.SeriesFields("NVDA",
                        "CAPEX", Transform.CHANGE_PCT, 4, null, "{NVDA:REVENUE} ^ 2"))));
    }

    private static List<String> fieldsOf(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
