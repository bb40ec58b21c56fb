package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.thesiswatch.alert.service.outbox.EmailDeliveryWorker;
import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.testsupport.SmtpResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Quiet hours, the daily cap and the digest hour, on a clock the test moves: each judged in the subscriber's own
 * time zone, through the real outbox, database and SMTP server.
 */
@QuarkusTest
class SubscriberControlsTest extends AlertTestSupport {

    /** 23:30 on 15 January 2030 in Taipei (UTC+8). */
    private static final Instant TAIPEI_2330 = Instant.parse("2030-01-15T15:30:00Z");

    @AfterEach
    void systemTimeAgain() {
        TestClock.get().reset();
    }

    static ValidatableResponse patchMe(String address, String mergePatch) {
        return given().auth().oauth2(Tokens.subscriber(address)).contentType("application/merge-patch+json")
                .body(mergePatch).patch("/api/v1/me").then();
    }

    /** A confirmed subscriber who follows a new thesis, with these settings; answers their id and the thesis. */
    private static String[] follower(String address, String settings) {
        String id = confirmedSubscriber(address, Map.of());
        patchMe(address, settings).statusCode(200);
        UUID thesis = followsANewThesis(id);
        return new String[] {id, thesis.toString()};
    }

    private static List<Map<String, Object>> deliveries(String subscriberId, String status) {
        return given().queryParam("subscriberId", subscriberId).queryParam("status", status)
                .queryParam("size", 100).get("/api/v1/deliveries").then().statusCode(200).extract().path("items");
    }

    private static FeedTrigger firing(String thesis, String name, String severity) {
        FeedTrigger trigger = aTrigger().of(UUID.fromString(thesis)).named(name).on("BIG6", "CAPEX").below(10);
        return switch (severity) {
            case "CRITICAL" -> trigger.critical();
            case "INFO" -> trigger.info();
            default -> trigger.warning();
        };
    }

    private static void fire(FeedTrigger... triggers) {
        Neighbours.triggers(triggers);
        Neighbours.series(aSeries().point("2023", 12).point("2024", 5));
        assertEquals(triggers.length, check().getInt("fired"));
    }

    private static EmailDeliveryWorker worker() {
        return Arc.container().instance(EmailDeliveryWorker.class).get();
    }

    @Test
    void anAlertInQuietHoursAcrossMidnightWaitsForTheirLocalMorning() {
        TestClock.get().set(TAIPEI_2330);
        String address = email("night-owl");
        String[] me = follower(address, "{\"timeZone\": \"Asia/Taipei\", \"quietHours\": "
                + "{\"start\": \"22:00\", \"end\": \"07:00\"}}");
        fire(firing(me[1], "Quiet capex", "WARNING"));

        drainEmailOutbox();
        assertTrue(SmtpResource.emailsTo(address, "Quiet capex").isEmpty(), "nothing at 23:30 local");
        List<Map<String, Object>> waiting = deliveries(me[0], "PENDING");
        assertEquals(1, waiting.size());
        assertEquals("2030-01-15T23:00:00Z", waiting.get(0).get("nextAttemptAt"), "07:00 in Taipei");
        assertEquals(0, waiting.get(0).get("attempts"), "waiting is not an attempt");

        TestClock.get().set(Instant.parse("2030-01-15T22:59:00Z"));
        drainEmailOutbox();
        assertTrue(SmtpResource.emailsTo(address, "Quiet capex").isEmpty(), "06:59 local is still quiet");

        TestClock.get().set(Instant.parse("2030-01-15T23:00:00Z"));
        List<ReceivedEmail> morning = settled(me[0], address, "Quiet capex", 1);
        assertEquals(1, morning.size());
    }

    @Test
    void aCriticalAlertGoesThroughQuietHoursOnlyWhenTheyChoseSo() {
        TestClock.get().set(TAIPEI_2330);
        String strict = email("strict");
        String lenient = email("lenient");
        String[] strictMe = follower(strict, "{\"timeZone\": \"Asia/Taipei\", \"quietHours\": "
                + "{\"start\": \"22:00\", \"end\": \"07:00\"}}");
        String[] lenientMe = follower(lenient, "{\"timeZone\": \"Asia/Taipei\", \"quietHours\": "
                + "{\"start\": \"22:00\", \"end\": \"07:00\"}, \"criticalInQuietHours\": true}");
        fire(firing(strictMe[1], "Critical at night", "CRITICAL"),
                firing(lenientMe[1], "Critical at night too", "CRITICAL"));

        assertEquals(1, settled(lenientMe[0], lenient, "Critical at night too", 1).size());
        drainEmailOutbox();
        assertTrue(SmtpResource.emailsTo(strict, "Critical at night").isEmpty());
        assertEquals(1, deliveries(strictMe[0], "PENDING").size());
    }

    @Test
    void beyondTheDailyCapAlertsFoldIntoTheNextDigestAndTheLastEmailSaysSo() {
        TestClock.get().set(Instant.parse("2030-01-16T03:00:00Z")); // 11:00 in Taipei
        String address = email("capped");
        String[] me = follower(address, "{\"timeZone\": \"Asia/Taipei\", \"dailyCap\": 2, \"digestHour\": 18}");
        fire(firing(me[1], "Capped one", "WARNING"), firing(me[1], "Capped two", "WARNING"),
                firing(me[1], "Capped three", "CRITICAL"));

        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpResource.emailsTo(address, "Capped").size() >= 2);
        drainEmailOutbox();
        List<ReceivedEmail> immediate = SmtpResource.emailsTo(address, "Capped");
        assertEquals(2, immediate.size(), "two immediate emails, the cap");
        assertFalse(immediate.get(0).text().contains("last immediate alert today"), immediate.get(0).text());
        assertTrue(immediate.get(1).text().contains("This is your last immediate alert today (your limit is 2 a "
                + "day). Further alerts today come together in your digest after 18:00."), immediate.get(1).text());
        List<Map<String, Object>> waiting = deliveries(me[0], "PENDING");
        assertEquals(1, waiting.size());
        assertEquals(true, waiting.get(0).get("inDigest"));

        worker().sweepDigests();
        assertTrue(SmtpResource.emailsTo(address, "digest").isEmpty(), "not before 18:00 in Taipei");

        TestClock.get().set(Instant.parse("2030-01-16T10:00:00Z")); // 18:00 in Taipei
        worker().sweepDigests();
        List<ReceivedEmail> digest = SmtpResource.emailsTo(address, "digest");
        assertEquals(1, digest.size());
        assertTrue(digest.get(0).subject().contains("1 alert"), digest.get(0).subject());
        assertTrue(digest.get(0).text().contains("Capped"), digest.get(0).text());
        assertEquals(List.of(), deliveries(me[0], "PENDING"));
    }

    @Test
    void aDigestGoesOncePerLocalDayAtTheFirstSweepAfterTheirHour() {
        TestClock.get().set(Instant.parse("2030-01-15T07:30:00Z")); // 08:30 in Berlin (UTC+1 in winter)
        String address = email("daily");
        String[] me = follower(address, "{\"delivery\": \"DAILY\", \"timeZone\": \"Europe/Berlin\", "
                + "\"digestHour\": 9}");
        fire(firing(me[1], "Morning digest", "WARNING"));

        worker().sweepDigests();
        assertTrue(SmtpResource.emailsTo(address, "digest").isEmpty(), "08:30 local: not yet");

        TestClock.get().set(Instant.parse("2030-01-15T08:00:00Z"));
        worker().sweepDigests();
        assertEquals(1, SmtpResource.emailsTo(address, "digest").size(), "09:00 local");
        given().auth().oauth2(Tokens.subscriber(address)).get("/api/v1/me").then().statusCode(200);

        fire(firing(me[1], "Afternoon digest", "WARNING"));
        TestClock.get().set(Instant.parse("2030-01-15T15:00:00Z"));
        worker().sweepDigests();
        assertEquals(1, SmtpResource.emailsTo(address, "digest").size(), "one digest a local day");

        TestClock.get().set(Instant.parse("2030-01-16T08:00:00Z"));
        worker().sweepDigests();
        List<ReceivedEmail> digests = SmtpResource.emailsTo(address, "digest");
        assertEquals(2, digests.size(), "the next morning");
        assertTrue(digests.get(1).text().contains("Afternoon digest"), digests.get(1).text());
    }

    @Test
    void aSignUpOfAKnownAddressIsAnsweredAlikeAndChangesNothing() {
        String address = email("known");
        String id = confirmedSubscriber(address, Map.of("minSeverity", "CRITICAL"));
        given().contentType("application/json").body(Map.of("email", address, "minSeverity", "INFO"))
                .post("/api/v1/subscribers").then().statusCode(202).body("email", equalTo(address));
        List<ReceivedEmail> told = settled(id, address, "Your Thesis Watch alerts", 1);
        assertTrue(told.get(0).text().contains("which already gets them. Nothing changed"), told.get(0).text());
        given().get("/api/v1/subscribers/{id}", id).then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("minSeverity", equalTo("CRITICAL"));
    }
}
