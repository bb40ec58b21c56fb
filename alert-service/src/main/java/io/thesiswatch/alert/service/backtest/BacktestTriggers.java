package io.thesiswatch.alert.service.backtest;

import java.util.ArrayList;
import java.util.List;

import io.thesiswatch.alert.api.BacktestRequest;
import io.thesiswatch.alert.client.ThesisWire;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.contract.FieldProblem;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.contract.TriggerRules;
import io.thesiswatch.contract.expression.SeriesExpression;

/** A trigger given in full to a backtest, checked by the rules thesis-service applies (the shared contract's). */
final class BacktestTriggers {

    private BacktestTriggers() {
    }

    static ThesisWire.Trigger given(BacktestRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.series() == null) {
            violations.add(Violation.of("series", "is required (or give triggerId)"));
        }
        if (request.operator() == null) {
            violations.add(Violation.of("operator", "is required (or give triggerId)"));
        }
        if (request.threshold() == null) {
            violations.add(Violation.of("threshold", "is required (or give triggerId)"));
        }
        BacktestRequest.Series s = request.series();
        List<FieldProblem> problems = s == null ? List.of() : TriggerRules.problems(new TriggerRules.SeriesFields(
                s.subject(), s.metric(), s.transform(), s.window(), s.kind(), s.expression()), request.operator(),
                request.threshold(), request.clearThreshold(), request.forPeriods());
        problems.forEach(problem -> violations.add(Violation.of(problem.field(), problem.message())));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.size() + " field(s) of the trigger are missing or do not fit "
                    + "together", violations);
        }
        String expression = s.expression() == null ? null : SeriesExpression.parse(s.expression()).text();
        ThesisWire.SeriesRef series = new ThesisWire.SeriesRef(s.subject(), s.metric(),
                expression == null ? s.transform() : null, s.window(), s.kind(), s.basis(), expression,
                s.unit() == null ? null : s.unit().name());
        return new ThesisWire.Trigger(null, null, null, null, List.of(), request.name(), series, request.operator(),
                request.threshold(), request.clearThreshold(), TriggerRules.forPeriodsOrDefault(request.forPeriods()),
                request.severity() == null ? Severity.WARNING : request.severity(), null);
    }
}
