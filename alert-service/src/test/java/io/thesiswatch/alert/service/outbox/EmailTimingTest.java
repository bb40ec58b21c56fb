package io.thesiswatch.alert.service.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;

import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.contract.Severity;
import org.junit.jupiter.api.Test;

class EmailTimingTest {

    private static Subscriber in(String zone) {
        Subscriber subscriber = new Subscriber();
        subscriber.locale = EmailLocale.EN;
        subscriber.timeZone = zone;
        return subscriber;
    }

    private static Subscriber quiet(String zone, String start, String end) {
        Subscriber subscriber = in(zone);
        subscriber.quietStart = LocalTime.parse(start);
        subscriber.quietEnd = LocalTime.parse(end);
        return subscriber;
    }

    private static EmailTiming.Decision at(Subscriber subscriber, String now, Severity severity, String... sent) {
        return EmailTiming.immediate(subscriber, severity, Instant.parse(now),
                Arrays.stream(sent).map(Instant::parse).toList());
    }

    @Test
    void quietHoursAcrossMidnightHoldAnEmailUntilTheirLocalEnd() {
        Subscriber taipei = quiet("Asia/Taipei", "22:00", "07:00");
        // 23:30 and 00:30 in Taipei (UTC+8): both wait for 07:00 local, 23:00 UTC
        assertEquals(new EmailTiming.Wait(Instant.parse("2030-01-15T23:00:00Z")),
                at(taipei, "2030-01-15T15:30:00Z", Severity.WARNING));
        assertEquals(new EmailTiming.Wait(Instant.parse("2030-01-15T23:00:00Z")),
                at(taipei, "2030-01-15T16:30:00Z", Severity.WARNING));
        assertEquals(new EmailTiming.Send(false), at(taipei, "2030-01-15T23:00:00Z", Severity.WARNING), "07:00 sharp");
        assertEquals(new EmailTiming.Send(false), at(taipei, "2030-01-15T13:59:00Z", Severity.WARNING), "21:59");
    }

    @Test
    void theSameHoursAreLocalToEachZone() {
        // 15:30 UTC is 23:30 in Taipei but 10:30 in New York (winter, UTC-5)
        assertEquals(new EmailTiming.Send(false),
                at(quiet("America/New_York", "22:00", "07:00"), "2030-01-15T15:30:00Z", Severity.WARNING));
        // a lunch break in Berlin in summer (UTC+2): 12:30 local is 10:30 UTC, it ends at 13:00 local
        assertEquals(new EmailTiming.Wait(Instant.parse("2030-07-01T11:00:00Z")),
                at(quiet("Europe/Berlin", "12:00", "13:00"), "2030-07-01T10:30:00Z", Severity.INFO));
    }

    @Test
    void anEndThatDaylightSavingSkipsIsTheFirstMomentAfterTheGap() {
        // Berlin skips 02:00-03:00 on 2030-03-31: quiet hours ending 02:30 end at 03:30 summer time, 01:30 UTC
        assertEquals(new EmailTiming.Wait(Instant.parse("2030-03-31T01:30:00Z")),
                at(quiet("Europe/Berlin", "22:00", "02:30"), "2030-03-31T00:30:00Z", Severity.WARNING));
    }

    @Test
    void aCriticalAlertBreaksThroughOnlyWhenTheSubscriberChoseSo() {
        Subscriber taipei = quiet("Asia/Taipei", "22:00", "07:00");
        assertEquals(new EmailTiming.Wait(Instant.parse("2030-01-15T23:00:00Z")),
                at(taipei, "2030-01-15T15:30:00Z", Severity.CRITICAL));
        taipei.criticalInQuietHours = true;
        assertEquals(new EmailTiming.Send(false), at(taipei, "2030-01-15T15:30:00Z", Severity.CRITICAL));
        assertEquals(new EmailTiming.Wait(Instant.parse("2030-01-15T23:00:00Z")),
                at(taipei, "2030-01-15T15:30:00Z", Severity.WARNING), "only CRITICAL breaks through");
    }

    @Test
    void theDailyCapCountsTheSubscribersLocalDayAndNamesTheLastEmail() {
        Subscriber capped = in("Asia/Taipei");
        capped.dailyCap = 2;
        String now = "2030-01-16T03:00:00Z"; // 11:00 on the 16th in Taipei
        assertEquals(new EmailTiming.Send(false), at(capped, now, Severity.WARNING));
        assertEquals(new EmailTiming.Send(true), at(capped, now, Severity.WARNING, "2030-01-16T01:00:00Z"));
        assertEquals(new EmailTiming.ToDigest(),
                at(capped, now, Severity.CRITICAL, "2030-01-16T01:00:00Z", "2030-01-16T02:00:00Z"));
        // 23:00 on the 15th in Taipei is yesterday there, though it is the same UTC date
        assertEquals(new EmailTiming.Send(true),
                at(capped, now, Severity.WARNING, "2030-01-15T15:00:00Z", "2030-01-16T02:00:00Z"));
    }

    @Test
    void aDigestGoesOncePerLocalDateAtTheFirstSweepAfterTheDigestHour() {
        Subscriber taipei = in("Asia/Taipei");
        taipei.digestHour = 7;
        assertFalse(EmailTiming.digestDue(taipei, Instant.parse("2030-01-15T22:00:00Z"), false), "06:00 local");
        assertTrue(EmailTiming.digestDue(taipei, Instant.parse("2030-01-15T23:00:00Z"), false), "07:00 local");
        assertTrue(EmailTiming.digestDue(taipei, Instant.parse("2030-01-16T09:00:00Z"), false), "17:00 local");
        taipei.lastDigestOn = LocalDate.parse("2030-01-16");
        assertFalse(EmailTiming.digestDue(taipei, Instant.parse("2030-01-16T09:00:00Z"), false), "sent today");
        assertTrue(EmailTiming.digestDue(taipei, Instant.parse("2030-01-16T23:00:00Z"), false), "07:00 next day");
        assertTrue(EmailTiming.digestDue(taipei, Instant.parse("2030-01-16T09:00:00Z"), true), "an admin asks");
    }

    @Test
    void withoutATimeZoneAChineseReaderIsInTaiwan() {
        Subscriber reader = new Subscriber();
        reader.locale = EmailLocale.ZH_TW;
        reader.quietStart = LocalTime.parse("22:00");
        reader.quietEnd = LocalTime.parse("07:00");
        assertEquals(new EmailTiming.Wait(Instant.parse("2030-01-15T23:00:00Z")),
                at(reader, "2030-01-15T15:30:00Z", Severity.WARNING));
    }
}
