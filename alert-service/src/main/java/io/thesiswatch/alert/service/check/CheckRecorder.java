package io.thesiswatch.alert.service.check;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.alert.client.ThesisWire;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.alert.domain.TriggerState;
import io.thesiswatch.alert.evaluation.Evaluator;
import io.thesiswatch.alert.evaluation.Outcome;
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.CheckItemRepository;
import io.thesiswatch.alert.repository.TriggerStateRepository;
import io.thesiswatch.alert.repository.TriggerStateWriter;
import io.thesiswatch.alert.service.fanout.AlertFanOut;
import io.thesiswatch.alert.service.fanout.RecordedEvent;
import io.thesiswatch.alert.service.fanout.Reminders;
import io.thesiswatch.contract.Basis;

/**
 * Records a work item of a check. Evaluates each page of its triggers (snoozed ones too: their states and events stay
 * true, their alerts are held back) and commits, in one transaction with the item's settlement, their new states,
 * the events, the outbox rows the events fan out to, and the reminders of alerts held back by a mute or snooze that
 * has ended. A fixed number of queries per page, whatever its size.
 */
@ApplicationScoped
class CheckRecorder {

    private static final int MAX_ERROR_LENGTH = 1000;
    private static final int MAX_NAME_LENGTH = 200;

    private final TriggerStateRepository states;
    private final TriggerStateWriter stateWriter;
    private final AlertEventRepository events;
    private final AlertFanOut fanOut;
    private final Reminders reminders;
    private final Clock clock;
    private final CheckItemRepository items;

    CheckRecorder(TriggerStateRepository states, TriggerStateWriter stateWriter, AlertEventRepository events,
            AlertFanOut fanOut, Reminders reminders, Clock clock, CheckItemRepository items) {
        this.items = items;
        this.states = states;
        this.stateWriter = stateWriter;
        this.events = events;
        this.fanOut = fanOut;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** A page of an item's triggers with their series. */
    record Page(List<ThesisWire.Trigger> triggers, TriggerSeries series) {
    }

    /**
     * Records a work item's pages and settles the item, in one transaction, if its claim still holds; answers false,
     * recording nothing, when it does not (the lease ended and another replica took the item over, or the run
     * ended).
     */
    @Transactional
    boolean recordItem(CheckItemRepository.Claim item, List<Page> pages, CheckCounts counts) {
        if (!items.lockIfHeld(item)) {
            return false;
        }
        for (Page page : pages) {
            record(item.runId(), page.triggers(), page.series(), counts);
        }
        items.settle(item, counts.outcome(), Instant.now());
        return true;
    }

    private void record(long runId, List<ThesisWire.Trigger> triggers, TriggerSeries series, CheckCounts counts) {
        if (triggers.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<UUID, TriggerState> known = states.byTrigger(triggers.stream().map(ThesisWire.Trigger::id).toList());
        List<TriggerStateWriter.Row> rows = new ArrayList<>(triggers.size());
        List<RecordedEvent> recorded = new ArrayList<>();
        Map<UUID, List<String>> stillFiring = new HashMap<>();
        for (ThesisWire.Trigger trigger : triggers) {
            SeriesReading reading = series.of(trigger.id());
            TriggerState state = known.get(trigger.id());
            Outcome outcome = Evaluator.evaluate(TriggerReading.rule(trigger, reading.kind()), reading.points(),
                    reading.error(),
                    state == null ? null : state.firing);
            counts.count(outcome);
            rows.add(stateRow(trigger, reading, state, outcome, now));
            boolean snoozed = trigger.snoozedUntil() != null && trigger.snoozedUntil().isAfter(now);
            if (outcome.event() != null) {
                recorded.add(new RecordedEvent(event(runId, trigger, outcome, reading, now), companies(trigger),
                        snoozed));
            } else if (outcome.firing() && !snoozed) {
                stillFiring.put(trigger.id(), companies(trigger));
            }
        }
        if (!recorded.isEmpty()) {
            events.persist(recorded.stream().map(RecordedEvent::event));
            // the outbox rows refer to their events: the events are written first
            events.flush();
            fanOut.fanOut(recorded);
        }
        reminders.remind(stillFiring, now);
        stateWriter.upsert(rows);
    }

    /** The basis the series was read on: as company-service says, else as the trigger asked. */
    private static Basis basis(ThesisWire.Trigger trigger, SeriesReading reading) {
        return reading.basis() != null ? reading.basis() : trigger.series().basis();
    }

    private static TriggerStateWriter.Row stateRow(ThesisWire.Trigger trigger, SeriesReading reading,
            TriggerState state, Outcome outcome, Instant now) {
        boolean changed = state == null || state.state != outcome.condition();
        SeriesPoint latest = outcome.latest();
        return new TriggerStateWriter.Row(trigger.id(), trigger.thesisId(), outcome.condition(), outcome.firing(),
                latest == null ? null : latest.value(), latest == null ? null : latest.period(), outcome.periodKind(),
                basis(trigger, reading), changed ? now : state.since, now,
                truncate(outcome.detail(), MAX_ERROR_LENGTH));
    }

    private static AlertEvent event(long runId, ThesisWire.Trigger trigger, Outcome outcome, SeriesReading reading,
            Instant now) {
        List<SeriesPoint> points = reading.points();
        AlertEvent event = new AlertEvent();
        event.id = UUID.randomUUID();
        event.triggerId = trigger.id();
        event.thesisId = trigger.thesisId();
        event.checkRunId = runId;
        event.kind = outcome.event();
        event.severity = trigger.severity();
        event.value = outcome.latest().value();
        event.period = outcome.latest().period();
        event.periodKind = outcome.periodKind();
        event.basis = basis(trigger, reading);
        event.thesisTitle = truncate(trigger.thesisTitle(), MAX_NAME_LENGTH);
        event.thesisStatus = trigger.thesisStatus();
        event.triggerName = truncate(trigger.name(), MAX_NAME_LENGTH);
        event.subject = trigger.series().subject();
        event.metric = trigger.series().metric();
        event.metricName = truncate(reading.metricName(), MAX_NAME_LENGTH);
        event.transform = trigger.series().expression() == null ? trigger.series().transform() : null;
        event.expression = trigger.series().expression();
        event.window = trigger.series().window();
        event.operator = trigger.operator();
        event.threshold = trigger.threshold();
        event.clearThreshold = trigger.clearThreshold();
        event.unit = reading.unit();
        event.recentPoints = List.copyOf(points.subList(Math.max(0, points.size() - AlertEvent.RECENT_POINTS),
                points.size()));
        event.occurredAt = now;
        return event;
    }

    private static List<String> companies(ThesisWire.Trigger trigger) {
        return trigger.thesisCompanies() == null ? List.of() : trigger.thesisCompanies();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
