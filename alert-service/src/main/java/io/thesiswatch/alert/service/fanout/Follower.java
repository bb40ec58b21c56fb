package io.thesiswatch.alert.service.fanout;

import java.time.Instant;
import java.util.List;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.SubscriberStatus;
import io.thesiswatch.alert.domain.Subscription;

/** A subscriber who follows an event, with the subscriptions through which they follow it (one or more). */
public record Follower(Subscriber subscriber, List<Subscription> via) {

    /** What an event's alert email does for this follower. */
    public enum Reach {
        /** They do not want it: no row. */
        NONE,
        /** Sent as they chose (now or in their digest). */
        SEND,
        /** Recorded for them, not sent: every subscription that wants it is muted, or the trigger is snoozed. */
        SUPPRESS
    }

    /**
     * An active subscriber wants an event through a subscription whose minimum severity (its own, else theirs)
     * the event reaches, a RESOLVED one only when they asked for those; it is suppressed while the trigger is
     * snoozed or every such subscription is muted.
     */
    public Reach reach(AlertEvent event, boolean snoozed, Instant now) {
        if (subscriber.status != SubscriberStatus.ACTIVE) {
            return Reach.NONE;
        }
        List<Subscription> wanting = via.stream()
                .filter(s -> Subscriber.wants(event.kind, event.severity, s.effectiveMinSeverity(),
                        subscriber.notifyResolved))
                .toList();
        if (wanting.isEmpty()) {
            return Reach.NONE;
        }
        return snoozed || wanting.stream().allMatch(s -> s.mutedAt(now)) ? Reach.SUPPRESS : Reach.SEND;
    }
}
