package io.thesiswatch.alert.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.thesiswatch.alert.domain.Subscriber;

/** The time zone an email tells its times in, and how it tells them: "2026-11-28 15:00 (Asia/Taipei)". */
final class ReaderTimeZone {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '('VV')'");

    private ReaderTimeZone() {
    }

    static ZoneId of(Subscriber subscriber) {
        return subscriber.zone();
    }

    static String format(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
