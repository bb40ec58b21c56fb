package io.thesiswatch.alert.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.alert.client.CompanyApi;
import io.thesiswatch.alert.client.ThesisApi;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.alert.domain.DeliveryKind;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.Subscription;
import io.thesiswatch.alert.domain.TriggerState;
import io.thesiswatch.alert.evaluation.Evaluator;
import io.thesiswatch.alert.evaluation.Outcome;
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.SubscriptionRepository;
import io.thesiswatch.alert.repository.TriggerStateRepository;
import io.thesiswatch.alert.repository.TriggerStateWriter;

/**
 * Evaluates one batch of triggers and commits, in one transaction, their new states, the events and the
 * outbox rows (one per event and subscriber). A fixed number of queries per batch, whatever its size.
 */
@ApplicationScoped
public class CheckRecorder {

    /** How many of the latest points an alert email shows. */
    static final int RECENT_POINTS = 5;

    private final TriggerStateRepository states;
    private final TriggerStateWriter stateWriter;
    private final AlertEventRepository events;
    private final SubscriptionRepository subscriptions;
    private final Outbox outbox;

    public CheckRecorder(TriggerStateRepository states, TriggerStateWriter stateWriter, AlertEventRepository events,
            SubscriptionRepository subscriptions, Outbox outbox) {
        this.states = states;
        this.stateWriter = stateWriter;
        this.events = events;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
    }

    /**
     * @param series each trigger's series answer, by trigger id (absent when {@code batchError} is set)
     * @param batchError why no series could be read for this batch, or null
     */
    @Transactional
    void record(long runId, List<ThesisApi.Trigger> triggers, Map<UUID, CompanyApi.SeriesResult> series,
            String batchError, CheckTally tally) {
        Instant now = Instant.now();
        Map<UUID, TriggerState> known = states.byTrigger(triggers.stream().map(ThesisApi.Trigger::id).toList());
        Recipients recipients = new Recipients(subscriptions.activeFor(
                triggers.stream().map(ThesisApi.Trigger::thesisId).collect(Collectors.toSet()),
                triggers.stream().flatMap(t -> companies(t).stream()).collect(Collectors.toSet())));
        List<TriggerStateWriter.Row> rows = new ArrayList<>(triggers.size());
        for (ThesisApi.Trigger trigger : triggers) {
            CompanyApi.SeriesResult result = series.get(trigger.id());
            String error = batchError != null ? batchError
                    : result == null ? "company-service gave no answer for this series" : result.error();
            List<SeriesPoint> points = result == null || result.points() == null ? List.of() : result.points();
            TriggerState state = known.get(trigger.id());
            Outcome outcome = Evaluator.evaluate(
                    new Evaluator.Rule(trigger.operator(), trigger.threshold(), trigger.clearThreshold(),
                            trigger.forPeriods()),
                    points, error, state == null ? null : state.firing);
            tally.count(outcome);
            boolean changed = state == null || state.state != outcome.condition();
            rows.add(new TriggerStateWriter.Row(trigger.id(), trigger.thesisId(), outcome.condition(), outcome.firing(),
                    outcome.latest() == null ? null : outcome.latest().value(),
                    outcome.latest() == null ? null : outcome.latest().period(),
                    changed ? now : state.since, now,
                    outcome.detail() == null ? null : truncate(outcome.detail(), 1000)));
            if (outcome.event() != null) {
                AlertEvent event = event(runId, trigger, outcome, result, points, now);
                events.persistAndFlush(event);
                for (Subscriber subscriber : recipients.of(trigger)) {
                    if (subscriber.wants(event.kind, event.severity)) {
                        outbox.enqueue(DeliveryKind.ALERT, event.id, subscriber.id);
                    }
                }
                if (event.severity == Severity.CRITICAL) {
                    outbox.notifyThesis(event.id, event.thesisId);
                }
            }
        }
        stateWriter.upsert(rows);
    }

    private static AlertEvent event(long runId, ThesisApi.Trigger trigger, Outcome outcome,
            CompanyApi.SeriesResult result, List<SeriesPoint> points, Instant now) {
        AlertEvent event = new AlertEvent();
        event.id = UUID.randomUUID();
        event.triggerId = trigger.id();
        event.thesisId = trigger.thesisId();
        event.checkRunId = runId;
        event.kind = outcome.event();
        event.severity = trigger.severity();
        event.value = outcome.latest().value();
        event.period = outcome.latest().period();
        event.thesisTitle = truncate(trigger.thesisTitle(), 200);
        event.triggerName = truncate(trigger.name(), 200);
        event.subject = trigger.series().subject();
        event.metric = trigger.series().metric();
        event.transform = trigger.series().transform();
        event.window = trigger.series().window();
        event.operator = trigger.operator();
        event.threshold = trigger.threshold();
        event.clearThreshold = trigger.clearThreshold();
        event.unit = result == null ? null : result.unit();
        event.recentPoints = List.copyOf(points.subList(Math.max(0, points.size() - RECENT_POINTS), points.size()));
        event.occurredAt = now;
        return event;
    }

    private static List<String> companies(ThesisApi.Trigger trigger) {
        return trigger.thesisCompanies() == null ? List.of() : trigger.thesisCompanies();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Who follows a trigger: by its thesis or by a company the thesis names; each subscriber once. */
    private static final class Recipients {

        private final Map<UUID, Set<Subscriber>> byThesis = new LinkedHashMap<>();
        private final Map<String, Set<Subscriber>> byCompany = new LinkedHashMap<>();

        Recipients(List<Subscription> subscriptions) {
            for (Subscription s : subscriptions) {
                if (s.thesisId != null) {
                    byThesis.computeIfAbsent(s.thesisId, k -> new HashSet<>()).add(s.subscriber);
                } else {
                    byCompany.computeIfAbsent(s.company, k -> new HashSet<>()).add(s.subscriber);
                }
            }
        }

        Set<Subscriber> of(ThesisApi.Trigger trigger) {
            Map<UUID, Subscriber> unique = new LinkedHashMap<>();
            byThesis.getOrDefault(trigger.thesisId(), Set.of()).forEach(s -> unique.put(s.id, s));
            for (String company : companies(trigger)) {
                byCompany.getOrDefault(company, Set.of()).forEach(s -> unique.put(s.id, s));
            }
            return new HashSet<>(unique.values());
        }
    }

}
