package io.thesiswatch.alert.service;

import io.thesiswatch.alert.domain.CheckRun;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.alert.evaluation.Outcome;

/** What a check found, counted as it goes. */
final class CheckTally {

    int evaluated;
    int fired;
    int resolved;
    int noData;
    int errors;
    int httpCalls;
    final StringBuilder problems = new StringBuilder();

    void count(Outcome outcome) {
        evaluated++;
        if (outcome.event() == EventKind.FIRED) {
            fired++;
        } else if (outcome.event() == EventKind.RESOLVED) {
            resolved++;
        }
        if (outcome.condition() == TriggerCondition.NO_DATA) {
            noData++;
        } else if (outcome.condition() == TriggerCondition.ERROR) {
            errors++;
        }
    }

    void problem(String text) {
        if (problems.length() > 0) {
            problems.append("; ");
        }
        problems.append(text);
    }

    void writeTo(CheckRun run) {
        run.evaluated = evaluated;
        run.fired = fired;
        run.resolved = resolved;
        run.noData = noData;
        run.errors = errors;
        run.httpCalls = httpCalls;
        run.problem = problems.length() == 0 ? null
                : problems.length() > 2000 ? problems.substring(0, 1997) + "..." : problems.toString();
    }
}
