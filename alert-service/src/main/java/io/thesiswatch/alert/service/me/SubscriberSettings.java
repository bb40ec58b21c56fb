package io.thesiswatch.alert.service.me;

import java.time.LocalTime;
import java.util.Set;

import io.thesiswatch.alert.domain.DeliveryMode;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.Subscription;
import io.thesiswatch.contract.Severity;

/** Which settings a subscriber changes by a merge patch, and how each is read. */
final class SubscriberSettings {

    static final Set<String> OF_SUBSCRIBER = Set.of("name", "delivery", "minSeverity", "notifyResolved", "locale",
            "timeZone", "quietHours", "criticalInQuietHours", "digestHour", "dailyCap");
    static final Set<String> OF_QUIET_HOURS = Set.of("start", "end");
    static final Set<String> OF_SUBSCRIPTION = Set.of("minSeverity", "mutedUntil");

    private SubscriberSettings() {
    }

    /** Reads the patch into the subscriber, every member or none (a 400 naming each bad one). */
    static void patch(Subscriber subscriber, MergePatch patch) {
        patch.optional("name", Settings.text(200), name -> subscriber.name = name);
        patch.required("delivery", Settings.oneOf(DeliveryMode.class), delivery -> subscriber.delivery = delivery);
        patch.required("minSeverity", Settings.oneOf(Severity.class), min -> subscriber.minSeverity = min);
        patch.required("notifyResolved", Settings.bool(), notify -> subscriber.notifyResolved = notify);
        patch.required("locale", Settings.locale(), locale -> subscriber.locale = locale);
        patch.optional("timeZone", Settings.timeZone(), zone -> subscriber.timeZone = zone);
        patch.required("criticalInQuietHours", Settings.bool(), allowed -> subscriber.criticalInQuietHours = allowed);
        patch.required("digestHour", Settings.integer(0, 23), hour -> subscriber.digestHour = hour);
        patch.optional("dailyCap", Settings.integer(1, 1000), cap -> subscriber.dailyCap = cap);
        quietHours(subscriber, patch);
        patch.apply();
    }

    static void patch(Subscription subscription, MergePatch patch) {
        patch.optional("minSeverity", Settings.oneOf(Severity.class), min -> subscription.minSeverity = min);
        patch.optional("mutedUntil", Settings.instant(), until -> subscription.mutedUntil = until);
        patch.apply();
    }

    /**
     * Quiet hours are an object merged member by member ({"end": "08:00"} moves the end only); null removes them.
     * The result needs both ends, and they may not be equal.
     */
    private static void quietHours(Subscriber subscriber, MergePatch patch) {
        if (patch.isNull("quietHours")) {
            patch.optional("quietHours", value -> null, none -> {
                subscriber.quietStart = null;
                subscriber.quietEnd = null;
            });
            return;
        }
        MergePatch hours = patch.nested("quietHours", OF_QUIET_HOURS);
        if (hours == null) {
            return;
        }
        LocalTime[] ends = {subscriber.quietStart, subscriber.quietEnd};
        hours.required("start", Settings.localTime(), start -> ends[0] = start);
        hours.required("end", Settings.localTime(), end -> ends[1] = end);
        if (!hours.valid()) {
            return;
        }
        hours.apply();
        if (ends[0] == null || ends[1] == null) {
            patch.problem("quietHours", "needs both start and end (HH:mm)");
        } else if (ends[0].equals(ends[1])) {
            patch.problem("quietHours", "start and end must differ");
        } else {
            patch.optional("quietHours", value -> ends, read -> {
                subscriber.quietStart = ends[0];
                subscriber.quietEnd = ends[1];
            });
        }
    }
}
