package io.thesiswatch.thesis.service;

import java.util.List;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.contract.TriggerRules;
import io.thesiswatch.contract.TriggerRules.Fields;
import io.thesiswatch.thesis.api.TriggerDetails;

/** Refuses a trigger whose fields do not fit together, by the rules of the shared contract. */
final class TriggerConsistency {

    private TriggerConsistency() {
    }

    static void check(TriggerDetails request) {
        List<Violation> violations = TriggerRules.problems(new Fields(
                request.series().transform(), request.series().window(), request.operator(), request.threshold(),
                request.clearThreshold(), request.forPeriods())).stream()
                .map(problem -> Violation.of(problem.field(), problem.message()))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.size() + " field(s) do not fit together", violations);
        }
    }
}
