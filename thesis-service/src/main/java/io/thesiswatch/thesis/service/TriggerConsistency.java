package io.thesiswatch.thesis.service;

import java.util.List;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.contract.FieldProblem;
import io.thesiswatch.contract.TriggerRules;
import io.thesiswatch.thesis.api.SeriesRequest;
import io.thesiswatch.thesis.api.TriggerDetails;

/** Refuses a trigger whose fields do not fit together, by the rules of the shared contract. */
final class TriggerConsistency {

    private TriggerConsistency() {
    }

    static void check(TriggerDetails request) {
        SeriesRequest series = request.series();
        List<FieldProblem> problems = TriggerRules.problems(new TriggerRules.SeriesFields(series.subject(),
                series.metric(), series.transform(), series.window(), series.kind(), series.expression()),
                request.operator(), request.threshold(), request.clearThreshold(), request.forPeriods());
        List<Violation> violations = problems.stream()
                .map(problem -> Violation.of(problem.field(), problem.message()))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.size() + " field(s) do not fit together", violations);
        }
    }
}
