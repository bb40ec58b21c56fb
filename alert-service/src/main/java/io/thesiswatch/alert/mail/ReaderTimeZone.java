package io.thesiswatch.alert.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.alert.domain.Subscriber;

/** The time zone an email tells its times in, and how it tells them: "2026-11-28 15:00 (Asia/Taipei)". */
final class ReaderTimeZone {

    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '('VV')'");

    private ReaderTimeZone() {
    }

    /** Subscribers have no time zone setting yet: a Traditional Chinese reader is taken to be in Taiwan. */
    static ZoneId of(Subscriber subscriber) {
        return subscriber.locale == EmailLocale.ZH_TW ? TAIWAN : UTC;
    }

    static String format(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
