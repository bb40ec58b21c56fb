package io.thesiswatch.alert.service.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.contract.Severity;

/**
 * When an alert email may reach its subscriber: quiet hours, the daily cap on immediate emails and the digest hour,
 * each in the subscriber's own time zone.
 */
final class EmailTiming {

    private EmailTiming() {
    }

    /** What happens now to an immediate alert email. */
    sealed interface Decision {
    }

    /** Send it; {@code lastBeforeCap}: it is the last immediate email of their day, and says so. */
    record Send(boolean lastBeforeCap) implements Decision {
    }

    /** Quiet hours: due again when they end. */
    record Wait(Instant until) implements Decision {
    }

    /** Beyond the daily cap: it goes into the next digest. */
    record ToDigest() implements Decision {
    }

    /**
     * An immediate alert of this severity to this subscriber now, who was sent these immediate alert emails lately
     * (times, any order).
     */
    static Decision immediate(Subscriber subscriber, Severity severity, Instant now, List<Instant> sentLately) {
        ZoneId zone = subscriber.zone();
        boolean breaksThrough = severity == Severity.CRITICAL && subscriber.criticalInQuietHours;
        if (!breaksThrough) {
            var quietEnd = subscriber.quietHours().flatMap(quiet -> quiet.endOf(now, zone));
            if (quietEnd.isPresent()) {
                return new Wait(quietEnd.get());
            }
        }
        if (subscriber.dailyCap == null) {
            return new Send(false);
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        long sentToday = sentLately.stream().filter(sent -> sent.atZone(zone).toLocalDate().equals(today)).count();
        if (sentToday >= subscriber.dailyCap) {
            return new ToDigest();
        }
        return new Send(sentToday == subscriber.dailyCap - 1);
    }

    /** How far back the sends that may fall on the subscriber's local today reach (time zones span 26 hours). */
    static Instant lookBack(Instant now) {
        return now.minusSeconds(27 * 3600);
    }

    /**
     * Whether a subscriber's digest is due: the first sweep at or after their digest hour, once per local date.
     * {@code anyTime}: an admin asked for the digests now.
     */
    static boolean digestDue(Subscriber subscriber, Instant now, boolean anyTime) {
        var local = now.atZone(subscriber.zone());
        boolean sentToday = subscriber.lastDigestOn != null && !subscriber.lastDigestOn.isBefore(local.toLocalDate());
        return anyTime || (local.getHour() >= subscriber.digestHour && !sentToday);
    }
}
