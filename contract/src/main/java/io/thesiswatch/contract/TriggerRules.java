package io.thesiswatch.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.thesiswatch.contract.expression.InvalidExpressionException;
import io.thesiswatch.contract.expression.SeriesExpression;

/**
 * The rules that tie a trigger's fields together, beyond each field's own constraints. thesis-service
 * refuses a trigger that breaks them; alert-service evaluates triggers by the same vocabulary, so the two
 * cannot drift apart.
 */
public final class TriggerRules {

    public static final int DEFAULT_FOR_PERIODS = 1;
    public static final int MAX_FOR_PERIODS = 100;

    private TriggerRules() {
    }

    /** The fields of a trigger that have to fit together. */
    public record Fields(Transform transform, Integer window, Operator operator, BigDecimal threshold,
            BigDecimal clearThreshold, Integer forPeriods) {
    }

    /**
     * Which series a trigger watches, as given: a subject and a metric (derived by transform and window), or an
     * expression over series, which has no transform of its own and always names its kind of period.
     */
    public record SeriesFields(String subject, String metric, Transform transform, Integer window, PeriodKind kind,
            String expression) {
    }

    /** What is missing or does not belong in a trigger's series, with the field to blame (series.expression ...). */
    public static List<FieldProblem> seriesProblems(SeriesFields series) {
        List<FieldProblem> problems = new ArrayList<>();
        if (series.expression() == null) {
            if (series.subject() == null || series.subject().isBlank()) {
                problems.add(new FieldProblem("series.subject", "must not be blank (or give an expression)"));
            }
            if (series.metric() == null || series.metric().isBlank()) {
                problems.add(new FieldProblem("series.metric", "must not be blank (or give an expression)"));
            }
            return problems;
        }
        String leftOut = "must be left out with an expression";
        if (series.subject() != null) {
            problems.add(new FieldProblem("series.subject", leftOut));
        }
        if (series.metric() != null) {
            problems.add(new FieldProblem("series.metric", leftOut));
        }
        if (series.transform() != null) {
            problems.add(new FieldProblem("series.transform", leftOut + " (write {SUBJECT:METRIC:TRANSFORM} in it)"));
        }
        if (series.window() != null) {
            problems.add(new FieldProblem("series.window", leftOut
                    + " (write {SUBJECT:METRIC:CHANGE_PCT:WINDOW} in it)"));
        }
        if (series.kind() == null) {
            problems.add(new FieldProblem("series.kind", "is required with an expression"));
        }
        try {
            SeriesExpression.parse(series.expression());
        } catch (InvalidExpressionException e) {
            problems.add(new FieldProblem("series.expression", e.getMessage()));
        }
        return problems;
    }

    /** Everything wrong with a trigger's series and rule, each with the field to blame; empty when it is whole. */
    public static List<FieldProblem> problems(SeriesFields series, Operator operator, BigDecimal threshold,
            BigDecimal clearThreshold, Integer forPeriods) {
        List<FieldProblem> problems = new ArrayList<>(seriesProblems(series));
        boolean oneSeries = series.expression() == null; // an expression's transforms are in its references
        problems.addAll(problems(new Fields(oneSeries ? series.transform() : null, oneSeries ? series.window() : null,
                operator, threshold, clearThreshold, forPeriods)));
        return problems;
    }

    /** What does not fit together, with the field to blame; empty when the trigger is consistent. */
    public static List<FieldProblem> problems(Fields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        Transform.orDefault(fields.transform()).windowProblem(fields.window())
                .ifPresent(message -> problems.add(new FieldProblem("series.window", message)));
        Operator operator = fields.operator();
        if (operator != null && fields.threshold() != null && fields.clearThreshold() != null) {
            int side = fields.clearThreshold().compareTo(fields.threshold());
            if (operator.firesUpward() && side > 0) {
                problems.add(new FieldProblem("clearThreshold", "must be at most threshold for " + operator
                        + " (the trigger clears when the value falls back below it)"));
            } else if (!operator.firesUpward() && side < 0) {
                problems.add(new FieldProblem("clearThreshold", "must be at least threshold for " + operator
                        + " (the trigger clears when the value rises back above it)"));
            }
        }
        if (operator != null && operator.isCrossing() && fields.forPeriods() != null && fields.forPeriods() > 1) {
            problems.add(new FieldProblem("forPeriods", "must be 1 for " + operator
                    + ": a crossing compares the latest point with the one before it"));
        }
        return problems;
    }

    /** How many consecutive periods the evaluator needs to decide: two for a crossing. */
    public static int periodsNeeded(Operator operator, int forPeriods) {
        return operator.isCrossing() ? 2 : forPeriods;
    }

    public static int forPeriodsOrDefault(Integer forPeriods) {
        return forPeriods == null ? DEFAULT_FOR_PERIODS : forPeriods;
    }
}
