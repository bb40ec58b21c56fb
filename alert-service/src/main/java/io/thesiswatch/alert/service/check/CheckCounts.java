package io.thesiswatch.alert.service.check;

import io.thesiswatch.alert.domain.CheckRun;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.alert.evaluation.Outcome;

/** What a check found, counted as it goes: outcomes, HTTP calls, and the problems it met. */
final class CheckCounts {

    private static final int MAX_PROBLEM_LENGTH = 2000;

    private int evaluated;
    private int fired;
    private int resolved;
    private int noData;
    private int errors;
    private int httpCalls;
    private final StringBuilder problems = new StringBuilder();
    private boolean failed;

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

    void httpCalls(int calls) {
        httpCalls += calls;
    }

    void problem(String text) {
        if (problems.length() > 0) {
            problems.append("; ");
        }
        problems.append(text);
    }

    /** The run did not get through the feed, for this reason. */
    void fail(String reason) {
        failed = true;
        problem(reason);
    }

    boolean failed() {
        return failed;
    }

    void writeTo(CheckRun run) {
        run.evaluated = evaluated;
        run.fired = fired;
        run.resolved = resolved;
        run.noData = noData;
        run.errors = errors;
        run.httpCalls = httpCalls;
        run.problem = problems.length() == 0 ? null
                : problems.length() > MAX_PROBLEM_LENGTH ? problems.substring(0, MAX_PROBLEM_LENGTH - 3) + "..."
                : problems.toString();
    }
}
