package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AlertFlowTest extends AlertTestSupport {

    private static JsonPath check() {
        return given().post("/api/v1/checks").then().statusCode(200).extract().jsonPath();
    }

    /** Waits for the outbox to go quiet, then answers what one address received with this subject text. */
    private static List<MimeMessage> settled(String address, String subject, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(address, subject).size() >= expected);
        await().pollDelay(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> true);
        return Mailbox.to(address, subject);
    }

    @Test
    void aCrossingSendsOneEmailPerConfirmedSubscriberThenNothingThenOneResolvedNotice() {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "AI capex cycle runs through 2027");
        String ana = email("ana");
        String mei = email("mei");
        String pending = email("pending");
        String gone = email("gone");
        String anaId = confirmedSubscriber(ana, Map.of("name", "Ana"));
        String meiId = confirmedSubscriber(mei, Map.of("locale", "zh-TW", "minSeverity", "INFO"));
        String pendingId = signUp(pending, Map.of());
        String goneId = confirmedSubscriber(gone, Map.of());
        follow(anaId, Map.of("thesisId", thesis.toString()));
        follow(anaId, Map.of("company", "NVDA"));
        follow(meiId, Map.of("company", "NVDA"));
        follow(pendingId, Map.of("thesisId", thesis.toString()));
        follow(goneId, Map.of("thesisId", thesis.toString()));
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .queryParam("token", unsubscribeToken(goneId)).post("/api/v1/unsubscribe").then().statusCode(200);

        Map<String, Object> trigger = Neighbours.trigger(thesis, "Capex cycle ends", "BIG6", "YOY_PCT", "LT", 10,
                "CRITICAL", "NVDA", "AVGO");
        Neighbours.triggers(trigger);
        Neighbours.series("PERCENT", List.<Object[]>of(new Object[] {"2023", 12.0, "2024", 5.04}));

        JsonPath run = check();
        assertEquals(1, run.getInt("evaluated"));
        assertEquals(1, run.getInt("fired"));
        assertEquals(2, run.getInt("httpCalls"));

        List<MimeMessage> toAna = settled(ana, "Capex cycle ends", 1);
        assertEquals(1, toAna.size(), "one email although Ana follows the thesis and one of its companies");
        MimeMessage fired = toAna.get(0);
        assertTrue(Mailbox.subject(fired).startsWith("[CRITICAL]"), Mailbox.subject(fired));
        assertTrue(Mailbox.text(fired).contains("BIG6 CAPEX YoY 5.0% fell below 10%"), Mailbox.text(fired));
        assertTrue(Mailbox.html(fired).contains("BIG6 CAPEX YoY 5.0% fell below 10%"), Mailbox.html(fired));
        assertTrue(Mailbox.text(fired).contains("AI capex cycle runs through 2027"));
        assertTrue(Mailbox.text(fired).contains("2023  12.0%"), Mailbox.text(fired));
        String eventId = given().queryParam("triggerId", trigger.get("id")).get("/api/v1/alerts")
                .then().statusCode(200).body("items[0].kind", equalTo("FIRED")).extract().path("items[0].id");
        assertEquals("<alert-" + eventId + "-" + anaId + "@thesiswatch>", Mailbox.header(fired, "Message-ID"));
        assertTrue(Mailbox.header(fired, "List-Unsubscribe").matches("<http.*/api/v1/unsubscribe\\?token=.+>"));
        assertEquals("List-Unsubscribe=One-Click", Mailbox.header(fired, "List-Unsubscribe-Post"));

        MimeMessage toMei = settled(mei, "Capex cycle ends", 1).get(0);
        assertTrue(Mailbox.text(toMei).contains("BIG6 CAPEX 年增率 5.0% 跌破 10%"), Mailbox.text(toMei));
        assertTrue(Mailbox.html(toMei).contains("投資論點"), Mailbox.html(toMei));
        assertTrue(Mailbox.to(pending, "Capex cycle ends").isEmpty(), "an unconfirmed subscriber gets nothing");
        assertTrue(Mailbox.to(gone, "Capex cycle ends").isEmpty(), "an unsubscribed subscriber gets nothing");

        given().queryParam("thesisId", thesis).get("/api/v1/trigger-states").then()
                .body("items[0].state", equalTo("FIRING")).body("items[0].lastPeriod", equalTo("2024"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> Neighbours.thesisService().verify(1,
                WireMock.postRequestedFor(WireMock.urlEqualTo("/api/v1/theses/" + thesis + "/risk-events"))
                        .withRequestBody(WireMock.containing("\"eventId\":\"" + eventId + "\""))));

        JsonPath again = check();
        assertEquals(0, again.getInt("fired"));
        assertEquals(1, settled(ana, "Capex cycle ends", 1).size(), "staying FIRING sends nothing new");

        Neighbours.series("PERCENT", List.<Object[]>of(new Object[] {"2023", 12.0, "2024", 5.04, "2025", 11}));
        assertEquals(1, check().getInt("resolved"));
        List<MimeMessage> resolved = settled(ana, "Resolved", 1);
        assertEquals(1, resolved.size());
        assertTrue(Mailbox.subject(resolved.get(0)).startsWith("[CRITICAL] Resolved"), Mailbox.subject(resolved.get(0)));
        assertTrue(Mailbox.text(resolved.get(0)).contains("is back at 11.0%"), Mailbox.text(resolved.get(0)));
        assertEquals(1, settled(mei, "已解除", 1).size());
        assertEquals(2, Mailbox.to(ana, "Capex cycle ends").size());
    }

    private static String unsubscribeToken(String subscriberId) {
        return io.quarkus.arc.Arc.container().instance(io.thesiswatch.alert.token.LinkTokens.class).get()
                .unsubscribeToken(UUID.fromString(subscriberId));
    }

    @Test
    void anUnreachableCompanyServiceMakesTriggersErrorWithoutEmailsAndKeepsThemFiring() {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Down test");
        String who = email("down");
        String id = confirmedSubscriber(who, Map.of());
        follow(id, Map.of("thesisId", thesis.toString()));
        Map<String, Object> trigger = Neighbours.trigger(thesis, "Share too high", "BIG6", "VALUE", "GT", 25, "WARNING");
        Neighbours.triggers(trigger);
        Neighbours.series("PERCENT", List.<Object[]>of(new Object[] {"2024", 21, "2025", 26}));
        assertEquals(1, check().getInt("fired"));
        settled(who, "Share too high", 1);

        Neighbours.companyServiceDown();
        JsonPath run = check();
        assertEquals(1, run.getInt("errors"));
        assertEquals(0, run.getInt("resolved"));
        assertTrue(run.getString("problem").contains("company-service"), run.getString("problem"));
        given().queryParam("thesisId", thesis).get("/api/v1/trigger-states").then()
                .body("items[0].state", equalTo("ERROR")).body("items[0].firing", equalTo(true))
                .body("items[0].error", containsString("company-service"));

        Neighbours.series("PERCENT", List.<Object[]>of(new Object[] {"2024", 21, "2025", 26}));
        JsonPath back = check();
        assertEquals(0, back.getInt("fired"));
        given().queryParam("thesisId", thesis).get("/api/v1/trigger-states").then()
                .body("items[0].state", equalTo("FIRING"));
        assertEquals(1, settled(who, "Share too high", 1).size(), "no email for the error, none when it came back");
    }

    @Test
    void anUnreachableThesisServiceIsReportedAndChangesNoState() {
        Neighbours.thesisServiceDown();
        JsonPath run = check();
        assertEquals(0, run.getInt("evaluated"));
        assertTrue(run.getString("problem").contains("thesis-service"), run.getString("problem"));
        given().get("/api/v1/checks/{id}", run.getLong("id")).then().statusCode(200)
                .body("finishedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anEmailWaitsOutAnSmtpOutageAndArrivesOnce() {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Outage test");
        String who = email("outage");
        String id = confirmedSubscriber(who, Map.of());
        follow(id, Map.of("thesisId", thesis.toString()));
        Neighbours.triggers(Neighbours.trigger(thesis, "Outage trigger", "NVDA", "VALUE", "GTE", 100, "WARNING"));
        Neighbours.series("USD", List.<Object[]>of(new Object[] {"2024", 150}));

        io.thesiswatch.testsupport.SmtpResource.stopServer();
        assertEquals(1, check().getInt("fired"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().queryParam("subscriberId", id)
                .queryParam("status", "PENDING").get("/api/v1/deliveries").then()
                .body("items[0].attempts", greaterThan(1)).body("items[0].lastError", startsWith("")));
        io.thesiswatch.testsupport.SmtpResource.startServer();
        assertEquals(1, settled(who, "Outage trigger", 1).size());
        given().queryParam("subscriberId", id).queryParam("status", "SENT").get("/api/v1/deliveries").then()
                .body("items.findAll { it.kind == 'ALERT' }.size()", equalTo(1));
    }

    @Test
    void dailySubscribersGetOneDigestWithAllTheirEvents() {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Digest test");
        String who = email("daily");
        String id = confirmedSubscriber(who, Map.of("delivery", "DAILY"));
        follow(id, Map.of("thesisId", thesis.toString()));
        Neighbours.triggers(
                Neighbours.trigger(thesis, "First digest trigger", "NVDA", "VALUE", "GT", 1, "INFO"),
                Neighbours.trigger(thesis, "Second digest trigger", "AVGO", "VALUE", "GT", 1, "CRITICAL"));
        Neighbours.series("USD", List.<Object[]>of(new Object[] {"2024", 5}, new Object[] {"2024", 7}));
        // INFO is below the default minimum severity (WARNING): only the critical one is for this subscriber
        assertEquals(2, check().getInt("fired"));
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertTrue(Mailbox.to(who, "digest trigger").isEmpty(), "nothing is sent before the digest");
        // a send can fail for a moment (the row then waits for its retry): ask until the digest has gone out
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().post("/api/v1/digests").then().statusCode(200).extract().<Integer>path("emails") > 0
                        || !Mailbox.to(who, "digest").isEmpty());
        List<MimeMessage> digest = settled(who, "digest", 1);
        assertEquals(1, digest.size());
        assertTrue(Mailbox.subject(digest.get(0)).startsWith("[CRITICAL] Thesis Watch daily digest: 1 alert"),
                Mailbox.subject(digest.get(0)));
        assertTrue(Mailbox.text(digest.get(0)).contains("Second digest trigger"));
        assertTrue(Mailbox.header(digest.get(0), "List-Unsubscribe") != null);
    }

    @Test
    void aSecondCheckWhileOneRunsAnswers409() throws Exception {
        UUID thesis = UUID.randomUUID();
        Neighbours.triggers(Neighbours.trigger(thesis, "Slow trigger", "NVDA", "VALUE", "GT", 1, "INFO"));
        Neighbours.seriesWithDelay("USD", List.<Object[]>of(new Object[] {"2024", 0}), 3000);
        Thread first = new Thread(() -> given().post("/api/v1/checks").then().statusCode(200));
        first.start();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> Neighbours.companyService()
                .verify(WireMock.moreThanOrExactly(1), WireMock.postRequestedFor(WireMock.urlEqualTo("/api/v1/series/query"))));
        given().post("/api/v1/checks").then().statusCode(409).contentType("application/problem+json");
        first.join(10_000);
        given().get("/api/v1/checks").then().statusCode(200).body("items[0].finishedAt", org.hamcrest.Matchers.notNullValue());
    }
}
