package io.thesiswatch.alert.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How an email tells a time, in its reader's zone ({@code Subscriber#zone}): "2026-11-28 15:00 (Asia/Taipei)". */
final class ReaderTimeZone {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '('VV')'");

    private ReaderTimeZone() {
    }

    static String format(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
