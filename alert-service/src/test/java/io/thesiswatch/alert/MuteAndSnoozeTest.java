package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.testsupport.SmtpResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Muting is not blindness: a muted subscription or a snoozed trigger is still checked, its alerts are recorded as
 * SUPPRESSED for the recipients, and one reminder follows when the mute or snooze ends and the trigger still fires.
 */
@QuarkusTest
class MuteAndSnoozeTest extends AlertTestSupport {

    private static final Instant NOW = Instant.parse("2030-02-01T12:00:00Z");
    private static final Instant MUTE_ENDS = Instant.parse("2030-02-03T00:00:00Z");

    @AfterEach
    void systemTimeAgain() {
        TestClock.get().reset();
    }

    private static JsonPath myAlerts(String address, String status) {
        return given().auth().oauth2(Tokens.subscriber(address)).queryParam("status", status)
                .get("/api/v1/me/alerts").then().statusCode(200).extract().jsonPath();
    }

    /** A confirmed follower of a new thesis; answers their id, the thesis and the subscription. */
    private static String[] follower(String address) {
        String id = confirmedSubscriber(address, Map.of());
        UUID thesis = followsANewThesis(id);
        String subscription = given().auth().oauth2(Tokens.subscriber(address)).get("/api/v1/me/subscriptions")
                .then().statusCode(200).extract().path("[0].id");
        return new String[] {id, thesis.toString(), subscription};
    }

    private static void mute(String address, String subscription, Instant until) {
        given().auth().oauth2(Tokens.subscriber(address)).contentType("application/merge-patch+json")
                .body(Map.of("mutedUntil", until.toString())).patch("/api/v1/me/subscriptions/{id}", subscription)
                .then().statusCode(200).body("mutedUntil", equalTo(until.toString()));
    }

    /**
     * At {@link #NOW}, a follower whose subscription is muted until {@link #MUTE_ENDS}, and a WARNING trigger of their
     * thesis, so named, whose series makes it fire; answers what {@link #follower} does.
     */
    private static String[] mutedFollowerOfAFiringTrigger(String address, String triggerName) {
        TestClock.get().set(NOW);
        String[] me = follower(address);
        mute(address, me[2], MUTE_ENDS);
        Neighbours.triggers(aTrigger().of(UUID.fromString(me[1])).named(triggerName).on("BIG6", "CAPEX").below(10)
                .warning());
        Neighbours.series(aSeries().point("2023", 12).point("2024", 5));
        return me;
    }

    @Test
    void aMutedSubscriptionRecordsTheAlertAndRemindsOnceWhenTheMuteEnds() {
        String address = email("muted");
        String[] me = mutedFollowerOfAFiringTrigger(address, "Muted capex");

        assertEquals(1, check().getInt("fired"), "a mute does not stop the check");
        given().queryParam("thesisId", me[1]).get("/api/v1/trigger-states").then().statusCode(200)
                .body("items[0].state", equalTo("FIRING"));
        check();
        drainEmailOutbox();
        assertTrue(SmtpResource.emailsTo(address, "Muted capex").isEmpty(), "nothing while muted");
        assertEquals(1, myAlerts(address, "SUPPRESSED").getList("items").size());
        assertEquals(0, myAlerts(address, "SENT").getList("items").size());

        TestClock.get().set(MUTE_ENDS.plusSeconds(60));
        assertEquals(0, check().getInt("fired"), "still firing: no new event");
        List<ReceivedEmail> reminders = settled(me[0], address, "Muted capex", 1);
        assertEquals(1, reminders.size());
        assertTrue(reminders.get(0).text().startsWith("Reminder: this alert was held back"), reminders.get(0).text());
        JsonPath sent = myAlerts(address, "SENT");
        assertEquals("REMINDER", sent.getString("items[0].kind"));
        assertEquals("FIRED", sent.getString("items[0].event.kind"));

        check();
        drainEmailOutbox();
        assertEquals(1, SmtpResource.emailsTo(address, "Muted capex").size(), "one reminder, not one per check");
    }

    @Test
    void aSnoozedTriggerIsCheckedItsEventRecordedAndItsAlertHeldBackUntilTheSnoozeEnds() {
        TestClock.get().set(NOW);
        String address = email("snoozed");
        String[] me = follower(address);
        FeedTrigger trigger = aTrigger().of(UUID.fromString(me[1])).named("Snoozed capex").on("BIG6", "CAPEX")
                .below(10).critical().snoozedUntil(MUTE_ENDS);
        Neighbours.triggers(trigger);
        Neighbours.series(aSeries().point("2023", 12).point("2024", 5));

        assertEquals(1, check().getInt("fired"));
        given().queryParam("triggerId", trigger.id()).get("/api/v1/alerts").then().statusCode(200)
                .body("items[0].kind", equalTo("FIRED"));
        drainEmailOutbox();
        assertTrue(SmtpResource.emailsTo(address, "Snoozed capex").isEmpty());
        assertEquals("SUPPRESSED", myAlerts(address, "SUPPRESSED").getString("items[0].status"));

        TestClock.get().set(MUTE_ENDS);
        check();
        assertEquals(1, settled(me[0], address, "Snoozed capex", 1).size(), "the reminder when the snooze ends");
    }

    @Test
    void aTriggerThatClearedDuringTheMuteSendsNoReminder() {
        String address = email("cleared");
        String[] me = mutedFollowerOfAFiringTrigger(address, "Cleared capex");
        check();
        Neighbours.series(aSeries().point("2023", 12).point("2024", 5).point("2025", 15));
        assertEquals(1, check().getInt("resolved"));

        TestClock.get().set(MUTE_ENDS.plusSeconds(60));
        check();
        drainEmailOutbox();
        assertTrue(SmtpResource.emailsTo(address, "Cleared capex").isEmpty());
        assertEquals(2, myAlerts(address, "SUPPRESSED").getList("items").size(), "both events recorded for them");
    }

    @Test
    void aSubscriptionsOwnMinimumSeverityKeepsLesserAlertsAway() {
        String address = email("picky-subscription");
        String[] me = follower(address);
        given().auth().oauth2(Tokens.subscriber(address)).contentType("application/merge-patch+json")
                .body("{\"minSeverity\": \"CRITICAL\"}").patch("/api/v1/me/subscriptions/{id}", me[2])
                .then().statusCode(200).body("minSeverity", equalTo("CRITICAL"));
        UUID thesis = UUID.fromString(me[1]);
        Neighbours.triggers(aTrigger().of(thesis).named("Only a warning").on("BIG6", "CAPEX").below(10).warning(),
                aTrigger().of(thesis).named("A critical one").on("BIG6", "CAPEX").below(10).critical());
        Neighbours.series(aSeries().point("2023", 12).point("2024", 5));
        assertEquals(2, check().getInt("fired"));
        assertEquals(1, settled(me[0], address, "A critical one", 1).size());
        assertTrue(SmtpResource.emailsTo(address, "Only a warning").isEmpty());
        assertEquals(1, myAlerts(address, "SENT").getList("items").size());
    }
}
