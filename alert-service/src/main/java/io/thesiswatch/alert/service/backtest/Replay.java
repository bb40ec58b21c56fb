package io.thesiswatch.alert.service.backtest;

import java.util.ArrayList;
import java.util.List;

import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.alert.evaluation.Evaluator;
import io.thesiswatch.alert.evaluation.Outcome;

/**
 * A trigger's history, replayed: the live check's evaluator run after each period of the series as if that period
 * were the latest, with the state it left, reading as many points as a check reads. Pure.
 */
public final class Replay {

    private Replay() {
    }

    /** A fired or resolved event of the replay, at the point that caused it. */
    public record Event(EventKind kind, SeriesPoint point) {
    }

    /** The events in order, and the outcome of the last evaluation (the state now). */
    public record Result(List<Event> events, Outcome now) {
    }

    /**
     * @param history the series, oldest first
     * @param pointsRead how many of the latest points a check reads
     */
    public static Result of(Evaluator.Rule rule, List<SeriesPoint> history, int pointsRead) {
        List<Event> events = new ArrayList<>();
        Boolean firing = null; // never evaluated: the first evaluation takes a baseline for crossings
        Outcome outcome = Evaluator.evaluate(rule, List.of(), null, null);
        for (int end = 1; end <= history.size(); end++) {
            outcome = Evaluator.evaluate(rule, history.subList(Math.max(0, end - pointsRead), end), null, firing);
            firing = outcome.firing();
            if (outcome.event() != null) {
                events.add(new Event(outcome.event(), outcome.latest()));
            }
        }
        return new Result(List.copyOf(events), outcome);
    }
}
