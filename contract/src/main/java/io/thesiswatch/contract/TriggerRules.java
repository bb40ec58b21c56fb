package io.thesiswatch.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
