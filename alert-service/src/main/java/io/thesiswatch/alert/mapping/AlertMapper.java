package io.thesiswatch.alert.mapping;

import java.util.List;

import io.thesiswatch.alert.api.AlertEventResponse;
import io.thesiswatch.alert.api.CheckItemResponse;
import io.thesiswatch.alert.api.CheckRunResponse;
import io.thesiswatch.alert.api.DeliveryResponse;
import io.thesiswatch.alert.api.QuietHoursView;
import io.thesiswatch.alert.api.SubscriberResponse;
import io.thesiswatch.alert.api.SubscriptionResponse;
import io.thesiswatch.alert.api.TriggerStateResponse;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.CheckRun;
import io.thesiswatch.alert.domain.EmailDelivery;
import io.thesiswatch.alert.domain.PeriodNames;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.Subscription;
import io.thesiswatch.alert.domain.TriggerState;
import io.thesiswatch.alert.repository.CheckItemRepository;

/** Entities to API records; entities never leave the service layer. */
public final class AlertMapper {

    private AlertMapper() {
    }

    public static SubscriberResponse toResponse(Subscriber s) {
        return new SubscriberResponse(s.id, s.email, s.name, s.delivery, s.minSeverity, s.notifyResolved, s.locale,
                s.status, s.createdAt, s.confirmedAt, s.timeZone, s.quietHours().map(QuietHoursView::of).orElse(null),
                s.criticalInQuietHours, s.digestHour, s.dailyCap);
    }

    public static SubscriptionResponse toResponse(Subscription s) {
        return new SubscriptionResponse(s.id, s.subscriber.id, s.thesisId, s.company, s.createdAt, s.minSeverity,
                s.mutedUntil);
    }

    public static CheckRunResponse toResponse(CheckRun r) {
        return toResponse(r, null);
    }

    /** A run with the progress of its work items. */
    public static CheckRunResponse toResponse(CheckRun r, List<CheckItemRepository.Progress> items) {
        return new CheckRunResponse(r.id, r.origin, r.scheduledFor, r.startedAt, r.status, r.deadlineAt,
                r.finishedAt, r.evaluated, r.fired, r.resolved, r.noData, r.errors, r.httpCalls, r.problem, r.items,
                items == null ? null : items.stream().map(AlertMapper::toResponse).toList());
    }

    private static CheckItemResponse toResponse(CheckItemRepository.Progress i) {
        return new CheckItemResponse(i.seq(), i.status(), i.replica(), i.attempts(), i.startedAt(), i.finishedAt(),
                i.evaluated(), i.fired(), i.resolved(), i.noData(), i.errors(), i.problem());
    }

    public static TriggerStateResponse toResponse(TriggerState s) {
        return new TriggerStateResponse(s.triggerId, s.thesisId, s.state, s.firing, s.lastValue, s.lastPeriod,
                s.lastPeriodKind, s.lastPeriodBasis, PeriodNames.of(s.lastPeriod, s.lastPeriodBasis), s.since,
                s.lastCheckedAt, s.error);
    }

    public static AlertEventResponse toResponse(AlertEvent e) {
        return new AlertEventResponse(e.id, e.triggerId, e.thesisId, e.kind, e.severity, e.value, e.period,
                e.periodKind, e.basis, PeriodNames.of(e.period, e.basis), e.occurredAt, e.triggerName, e.thesisTitle,
                e.seriesCodes(), e.metricName);
    }

    public static DeliveryResponse toResponse(EmailDelivery d) {
        return new DeliveryResponse(d.id, d.kind, d.eventId, d.subscriberId, d.status, d.attempts, d.nextAttemptAt,
                d.inDigest, d.lastError, d.sentAt, d.createdAt);
    }
}
