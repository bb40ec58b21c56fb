package io.thesiswatch.alert.service.check;

import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.alert.evaluation.Outcome;
import io.thesiswatch.alert.repository.CheckItemRepository;

/** What a work item of a check found, counted as it goes: outcomes, HTTP calls, and the problems it met. */
final class CheckCounts {

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

    /** The item did not get through its range of the feed, for this reason. */
    void fail(String reason) {
        failed = true;
        problem(reason);
    }

    boolean failed() {
        return failed;
    }

    /** What the work item found, to settle it with. */
    CheckItemRepository.Outcome outcome() {
        return new CheckItemRepository.Outcome(failed, evaluated, fired, resolved, noData, errors, httpCalls,
                problems.length() == 0 ? null : problems.toString());
    }
}
