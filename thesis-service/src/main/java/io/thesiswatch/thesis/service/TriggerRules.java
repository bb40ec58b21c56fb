package io.thesiswatch.thesis.service;

import java.util.ArrayList;
import java.util.List;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.thesis.api.TriggerRequest;
import io.thesiswatch.thesis.domain.Operator;
import io.thesiswatch.thesis.domain.Transform;

/** The rules that tie a trigger's fields together, beyond each field's own constraints. */
final class TriggerRules {

    static final int MAX_WINDOW = 1000;

    private TriggerRules() {
    }

    static void check(TriggerRequest request) {
        List<Violation> violations = new ArrayList<>();
        Transform transform = request.series().transform() == null ? Transform.VALUE : request.series().transform();
        Integer window = request.series().window();
        if (transform == Transform.CHANGE_PCT) {
            if (window == null) {
                violations.add(Violation.of("series.window", "is required with CHANGE_PCT"));
            } else if (window < 1 || window > MAX_WINDOW) {
                violations.add(Violation.of("series.window", "must be between 1 and " + MAX_WINDOW));
            }
        } else if (window != null) {
            violations.add(Violation.of("series.window", "is only allowed with CHANGE_PCT"));
        }
        if (request.clearThreshold() != null) {
            boolean upward = firesUpward(request.operator());
            int side = request.clearThreshold().compareTo(request.threshold());
            if (upward && side > 0) {
                violations.add(Violation.of("clearThreshold", "must be at most threshold for "
                        + request.operator() + " (the trigger clears when the value falls back below it)"));
            } else if (!upward && side < 0) {
                violations.add(Violation.of("clearThreshold", "must be at least threshold for "
                        + request.operator() + " (the trigger clears when the value rises back above it)"));
            }
        }
        if (isCrossing(request.operator()) && request.forPeriods() != null && request.forPeriods() > 1) {
            violations.add(Violation.of("forPeriods", "must be 1 for " + request.operator()
                    + ": a crossing compares the latest point with the one before it"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.size() + " field(s) do not fit together", violations);
        }
    }

    static boolean firesUpward(Operator operator) {
        return operator == Operator.GT || operator == Operator.GTE || operator == Operator.CROSSES_ABOVE;
    }

    static boolean isCrossing(Operator operator) {
        return operator == Operator.CROSSES_ABOVE || operator == Operator.CROSSES_BELOW;
    }
}
