package io.thesiswatch.alert.service.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.api.BacktestRequest;
import io.thesiswatch.alert.api.BacktestResponse;
import io.thesiswatch.alert.client.CompanyServiceClient;
import io.thesiswatch.alert.client.CompanyWire;
import io.thesiswatch.alert.client.ThesisServiceClient;
import io.thesiswatch.alert.client.ThesisWire;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.PeriodNames;
import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.evaluation.Outcome;
import io.thesiswatch.alert.service.check.TriggerReading;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.identity.NeighbourUnavailable;

/**
 * Backtests (README, "Expressions and backtests"): a trigger, saved or given in full, replayed over its series' history
 * by the live check's reading and evaluator ({@link TriggerReading}, {@link Replay}); nothing is stored.
 */
@ApplicationScoped
public class Backtests {

    /** The longest history replayed: the latest periods of the series. */
    public static final int MAX_PERIODS = 400;
    static final String REPLAYED = "The series as company-service holds it today, restatements included; the first "
            + "evaluation takes a baseline for crossings, as a new trigger's does";

    private final ThesisServiceClient theses;
    private final CompanyServiceClient companies;

    public Backtests(ThesisServiceClient theses, CompanyServiceClient companies) {
        this.theses = theses;
        this.companies = companies;
    }

    public BacktestResponse run(BacktestRequest request) {
        ThesisWire.Trigger trigger = request.triggerId() != null ? saved(request) : BacktestTriggers.given(request);
        CompanyWire.SeriesResult series = history(trigger);
        List<SeriesPoint> points = series.points() == null ? List.of() : series.points();
        Replay.Result replay = Replay.of(TriggerReading.rule(trigger, series.kind()), points,
                TriggerReading.pointsRead(trigger.forPeriods()));
        return answer(request, trigger, series, points, replay);
    }

    private ThesisWire.Trigger saved(BacktestRequest request) {
        if (request.name() != null || request.series() != null || request.operator() != null
                || request.threshold() != null || request.clearThreshold() != null || request.forPeriods() != null
                || request.severity() != null) {
            throw InvalidInputException.of("triggerId", "give a saved trigger's id alone, or a trigger in full");
        }
        try {
            return theses.trigger(request.triggerId())
                    .orElseThrow(() -> ResourceNotFoundException.of("Trigger", request.triggerId()));
        } catch (ResourceNotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            throw NeighbourUnavailable.of("thesis-service", e);
        }
    }

    private CompanyWire.SeriesResult history(ThesisWire.Trigger trigger) {
        CompanyWire.SeriesResult result;
        try {
            result = companies.query(List.of(TriggerReading.spec(trigger)), MAX_PERIODS).results().get(0);
        } catch (RuntimeException e) {
            throw NeighbourUnavailable.of("company-service", e);
        }
        if (result.error() != null) {
            throw new InvalidInputException("company-service cannot answer the trigger's series: " + result.error(),
                    List.of(Violation.of(trigger.series().expression() != null ? "series.expression" : "series",
                            result.error())));
        }
        return result;
    }

    private static BacktestResponse answer(BacktestRequest request, ThesisWire.Trigger trigger,
            CompanyWire.SeriesResult series, List<SeriesPoint> points, Replay.Result replay) {
        List<BacktestResponse.Episode> episodes = new ArrayList<>();
        BacktestResponse.Moment fired = null;
        for (Replay.Event event : replay.events()) {
            BacktestResponse.Moment moment = new BacktestResponse.Moment(event.point().period(),
                    PeriodNames.of(event.point().period(), series.basis()), event.point().value());
            if (event.kind() == EventKind.FIRED) {
                fired = moment;
            } else {
                episodes.add(new BacktestResponse.Episode(fired, moment));
                fired = null;
            }
        }
        if (fired != null) {
            episodes.add(new BacktestResponse.Episode(fired, null));
        }
        Outcome now = replay.now();
        ThesisWire.SeriesRef s = trigger.series();
        return new BacktestResponse(request.triggerId(), trigger.name(),
                s.expression() != null ? s.expression() : s.subject() + " " + s.metric()
                        + (s.transform() == null ? "" : " " + s.transform()),
                series.metricName(), series.unit(), series.kind(), series.basis(), trigger.operator(),
                trigger.threshold(), trigger.clearThreshold(), trigger.forPeriods(), trigger.severity(), points.size(),
                points.isEmpty() ? null : points.get(0).period(),
                points.isEmpty() ? null : points.get(points.size() - 1).period(), episodes,
                new BacktestResponse.Now(now.condition(), now.firing(),
                        now.latest() == null ? null : now.latest().period(),
                        now.latest() == null ? null : now.latest().value(), now.detail()),
                emails(replay.events(), trigger.severity()), REPLAYED);
    }

    private static List<BacktestResponse.EmailCount> emails(List<Replay.Event> events, Severity severity) {
        return Stream.of(Severity.values()).flatMap(minSeverity -> Stream.of(true, false)
                .map(notifyResolved -> new BacktestResponse.EmailCount(minSeverity, notifyResolved,
                        (int) events.stream().filter(e -> Subscriber.wants(e.kind(), severity, minSeverity,
                                notifyResolved)).count())))
                .toList();
    }
}
