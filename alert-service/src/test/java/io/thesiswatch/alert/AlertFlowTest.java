package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.testsupport.SmtpResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AlertFlowTest extends AlertTestSupport {

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

        FeedTrigger trigger = aTrigger().of(thesis).named("Capex cycle ends").on("BIG6", "CAPEX").yoy().below(10)
                .critical().thesisNames("NVDA", "AVGO");
        Neighbours.triggers(trigger);
        Neighbours.series(aSeries().inPercent().point("2023", 12.0).point("2024", 5.04));

        JsonPath run = check();
        assertEquals(1, run.getInt("evaluated"));
        assertEquals(1, run.getInt("fired"));
        assertEquals(3, run.getInt("httpCalls"), "the ranges of the triggers, their one page, their series");

        List<ReceivedEmail> toAna = settled(anaId, ana, "Capex cycle ends", 1);
        assertEquals(1, toAna.size(), "one email although Ana follows the thesis and one of its companies");
        ReceivedEmail fired = toAna.get(0);
        assertTrue(fired.subject().startsWith("[CRITICAL]"), fired.subject());
        assertTrue(fired.text().contains("BIG6 CAPEX YoY 5.0% fell below 10%"), fired.text());
        assertTrue(fired.html().contains("BIG6 CAPEX YoY 5.0% fell below 10%"), fired.html());
        assertTrue(fired.text().contains("AI capex cycle runs through 2027"));
        assertTrue(fired.text().contains("2023  12.0%"), fired.text());
        String eventId = given().queryParam("triggerId", trigger.id()).get("/api/v1/alerts")
                .then().statusCode(200).body("items[0].kind", equalTo("FIRED")).extract().path("items[0].id");
        assertEquals("<alert-" + eventId + "-" + anaId + "@thesiswatch>", fired.header("Message-ID"));
        assertTrue(fired.header("List-Unsubscribe").matches("<http.*/api/v1/unsubscribe\\?token=.+>"));
        assertEquals("List-Unsubscribe=One-Click", fired.header("List-Unsubscribe-Post"));

        ReceivedEmail toMei = settled(meiId, mei, "Capex cycle ends", 1).get(0);
        assertTrue(toMei.text().contains("BIG6 CAPEX 年增率 5.0% 跌破 10%"), toMei.text());
        assertTrue(toMei.html().contains("投資論點"), toMei.html());
        assertTrue(SmtpResource.emailsTo(pending, "Capex cycle ends").isEmpty(),
                "an unconfirmed subscriber gets nothing");
        assertTrue(SmtpResource.emailsTo(gone, "Capex cycle ends").isEmpty(),
                "an unsubscribed subscriber gets nothing");

        given().queryParam("thesisId", thesis).get("/api/v1/trigger-states").then()
                .body("items[0].state", equalTo("FIRING")).body("items[0].lastPeriod", equalTo("2024"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> Neighbours.thesisService().verify(1,
                WireMock.postRequestedFor(WireMock.urlEqualTo("/api/v1/theses/" + thesis + "/risk-events"))
                        .withRequestBody(WireMock.containing("\"eventId\":\"" + eventId + "\""))));

        JsonPath again = check();
        assertEquals(0, again.getInt("fired"));
        assertEquals(1, settled(anaId, ana, "Capex cycle ends", 1).size(), "staying FIRING sends nothing new");

        Neighbours.series(aSeries().inPercent().point("2023", 12.0).point("2024", 5.04).point("2025", 11));
        assertEquals(1, check().getInt("resolved"));
        List<ReceivedEmail> resolved = settled(anaId, ana, "Resolved", 1);
        assertEquals(1, resolved.size());
        assertTrue(resolved.get(0).subject().startsWith("[CRITICAL] Resolved"), resolved.get(0).subject());
        assertTrue(resolved.get(0).text().contains("is back at 11.0%"), resolved.get(0).text());
        assertEquals(1, settled(meiId, mei, "已解除", 1).size());
        assertEquals(2, SmtpResource.emailsTo(ana, "Capex cycle ends").size());
    }

    @Test
    void anUnreachableCompanyServiceMakesTriggersErrorWithoutEmailsAndKeepsThemFiring() {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Down test");
        String who = email("down");
        String id = confirmedSubscriber(who, Map.of());
        follow(id, Map.of("thesisId", thesis.toString()));
        Neighbours.triggers(aTrigger().of(thesis).named("Share too high").on("BIG6", "CAPEX").above(25).warning());
        Neighbours.series(aSeries().inPercent().point("2024", 21).point("2025", 26));
        assertEquals(1, check().getInt("fired"));
        settled(id, who, "Share too high", 1);

        Neighbours.companyServiceDown();
        JsonPath run = check();
        assertEquals(1, run.getInt("errors"));
        assertEquals(0, run.getInt("resolved"));
        assertEquals("COMPLETED", run.getString("status"), "every trigger was evaluated, one to ERROR");
        assertTrue(run.getString("problem").contains("company-service"), run.getString("problem"));
        given().queryParam("thesisId", thesis).get("/api/v1/trigger-states").then()
                .body("items[0].state", equalTo("ERROR")).body("items[0].firing", equalTo(true))
                .body("items[0].error", containsString("company-service"));

        Neighbours.series(aSeries().inPercent().point("2024", 21).point("2025", 26));
        JsonPath back = check();
        assertEquals(0, back.getInt("fired"));
        given().queryParam("thesisId", thesis).get("/api/v1/trigger-states").then()
                .body("items[0].state", equalTo("FIRING"));
        assertEquals(1, settled(id, who, "Share too high", 1).size(), "no email for the error, none when it came back");
    }

    @Test
    void anUnreachableThesisServiceIsReportedAndChangesNoState() {
        Neighbours.thesisServiceDown();
        JsonPath run = check();
        assertEquals(0, run.getInt("evaluated"));
        assertTrue(run.getString("problem").contains("thesis-service"), run.getString("problem"));
        given().get("/api/v1/checks/{id}", run.getLong("id")).then().statusCode(200)
                .body("finishedAt", notNullValue()).body("status", equalTo("FAILED"));
    }

    @Test
    void anEmailWaitsOutAnSmtpOutageAndArrivesOnce() {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Outage test");
        String who = email("outage");
        String id = confirmedSubscriber(who, Map.of());
        follow(id, Map.of("thesisId", thesis.toString()));
        Neighbours.triggers(aTrigger().of(thesis).named("Outage trigger").on("NVDA", "CAPEX").atLeast(100).warning());
        Neighbours.series(aSeries().inUsd().point("2024", 150));

        SmtpResource.stopServer();
        assertEquals(1, check().getInt("fired"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().queryParam("subscriberId", id)
                .queryParam("status", "PENDING").get("/api/v1/deliveries").then()
                .body("items[0].attempts", greaterThan(1)).body("items[0].lastError", startsWith("")));
        SmtpResource.startServer();
        assertEquals(1, settled(id, who, "Outage trigger", 1).size());
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
                aTrigger().of(thesis).named("First digest trigger").on("NVDA", "CAPEX").above(1).info(),
                aTrigger().of(thesis).named("Second digest trigger").on("AVGO", "CAPEX").above(1).critical());
        Neighbours.series(aSeries().inUsd().point("2024", 5), aSeries().inUsd().point("2024", 7));
        // INFO is below the default minimum severity (WARNING): only the critical one is for this subscriber
        assertEquals(2, check().getInt("fired"));
        drainEmailOutbox();
        assertTrue(SmtpResource.emailsTo(who, "digest trigger").isEmpty(), "nothing is sent before the digest");
        // a send can fail for a moment (the row then waits for its retry): ask until the digest has gone out
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().post("/api/v1/digests").then().statusCode(200).extract().<Integer>path("emails") > 0
                        || !SmtpResource.emailsTo(who, "digest").isEmpty());
        List<ReceivedEmail> digest = settled(id, who, "digest", 1);
        assertEquals(1, digest.size());
        assertTrue(digest.get(0).subject().startsWith("[CRITICAL] Thesis Watch daily digest: 1 alert"),
                digest.get(0).subject());
        assertTrue(digest.get(0).text().contains("Second digest trigger"));
        assertTrue(digest.get(0).header("List-Unsubscribe") != null);
    }

    @Test
    void aSecondCheckWhileOneRunsAnswers409() throws Exception {
        UUID thesis = UUID.randomUUID();
        Neighbours.triggers(aTrigger().of(thesis).named("Slow trigger").on("NVDA", "CAPEX").above(1).info());
        Neighbours.seriesAfter(Duration.ofSeconds(3), aSeries().inUsd().point("2024", 0));
        CompletableFuture<Void> first = CompletableFuture.runAsync(() ->
                given().post("/api/v1/checks").then().statusCode(200));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> Neighbours.companyService().verify(
                WireMock.moreThanOrExactly(1), WireMock.postRequestedFor(WireMock.urlEqualTo("/api/v1/series/query"))));
        given().post("/api/v1/checks").then().statusCode(409).contentType("application/problem+json");
        first.get(10, TimeUnit.SECONDS);
        given().get("/api/v1/checks").then().statusCode(200).body("items[0].finishedAt", notNullValue());
    }
}
