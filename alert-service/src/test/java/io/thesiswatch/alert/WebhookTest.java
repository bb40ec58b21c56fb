package io.thesiswatch.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.alert.service.outbox.WebhookDeliveryWorker;
import io.thesiswatch.testsupport.SmtpResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against a real HTTP receiver: signed so that the Standard Webhooks library verifies them, retried with
 * the same webhook-id, disabled after failures with an email to the owner, refused for internal destinations.
 */
@QuarkusTest
class WebhookTest extends AlertTestSupport {

    private static final WireMockServer RECEIVER = new WireMockServer(options().bindAddress("127.0.0.1")
            .dynamicPort());

    @Inject
    WebhookDeliveryWorker worker;
    @Inject
    EntityManager entityManager;

    private UUID thesis;
    private String owner;
    private String ownerToken;

    @BeforeAll
    static void startReceiver() {
        RECEIVER.start();
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.stop();
    }

    @BeforeEach
    void aSubscriberFollowingAThesis() {
        RECEIVER.resetAll();
        RECEIVER.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
        thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Hyperscaler capex keeps rising");
        owner = email("hooks");
        String subscriber = confirmedSubscriber(owner, Map.of());
        follow(subscriber, Map.of("thesisId", thesis.toString()));
        ownerToken = Tokens.subscriber(owner);
    }

    /** Webhooks are global (an integration gets every alert): none outlives its test. */
    @AfterEach
    void noWebhookLeft() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("DELETE FROM webhook")
                .executeUpdate());
    }

    @Test
    void anAlertArrivesSignedSoThatTheStandardLibraryVerifiesItAndTheSecretIsShownOnce() throws Exception {
        JsonPath created = create(ownerToken, Map.of("url", receiverUrl(), "description", "Desk bridge"));
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        String id = created.getString("id");
        given().auth().oauth2(ownerToken).get("/api/v1/webhooks/{id}", id).then().statusCode(200)
                .body("secret", nullValue()).body("enabled", equalTo(true));

        fire("Capex growth slows");
        LoggedRequest request = received(1).get(0);
        new Webhook(secret).verify(request.getBodyAsString(), headers(request));
        JsonPath payload = new JsonPath(request.getBodyAsString());
        assertEquals("alert.fired", payload.getString("type"));
        assertEquals(1, payload.getInt("version"));
        assertEquals("Capex growth slows", payload.getString("data.alert.triggerName"));
        assertEquals("2024", payload.getString("data.alert.period"));
        assertEquals("BIG6", payload.getString("data.condition.subject"));
        assertTrue(payload.getString("data.links.alerts").endsWith("/api/v1/alerts?thesisId=" + thesis));
        assertEquals("ThesisWatch-Webhooks/1.0", request.getHeader("User-Agent"));

        String tampered = request.getBodyAsString().replace("Capex growth slows", "Capex growth soars");
        assertThrows(WebhookVerificationException.class, () -> new Webhook(secret).verify(tampered,
                headers(request)));
        awaitDelivery(id, "SENT");
        given().auth().oauth2(ownerToken).get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(200)
                .body("items[0].messageId", equalTo(request.getHeader("webhook-id")))
                .body("items[0].attemptLog[0].statusCode", equalTo(204))
                .body("items[0].payload.type", equalTo("alert.fired"));
    }

    @Test
    void aFailedOrUnansweredAttemptIsRetriedWithTheSameWebhookId() {
        RECEIVER.stubFor(post(urlEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("database is down")).willSetStateTo("slow"));
        RECEIVER.stubFor(post(urlEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs("slow")
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)).willSetStateTo("fine"));
        RECEIVER.stubFor(post(urlEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs("fine")
                .willReturn(aResponse().withStatus(200)));
        String id = create(ownerToken, Map.of("url", receiverUrl())).getString("id");

        fire("Retried trigger");
        List<LoggedRequest> requests = received(2);
        assertEquals(1, requests.stream().map(r -> r.getHeader("webhook-id")).distinct().count(),
                "every attempt carries one webhook-id");
        awaitDelivery(id, "SENT");
        JsonPath log = given().auth().oauth2(ownerToken).get("/api/v1/webhooks/{id}/deliveries", id).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(500, log.getInt("items[0].attemptLog[0].statusCode"));
        assertEquals("database is down", log.getString("items[0].attemptLog[0].answer"));
        assertEquals(null, log.getString("items[0].attemptLog[1].statusCode"), "the slow answer timed out");
        assertTrue(log.getString("items[0].attemptLog[1].error").toLowerCase(Locale.ROOT).contains("time"),
                log.getString("items[0].attemptLog[1].error"));
        assertEquals(200, log.getInt("items[0].attemptLog[2].statusCode"));
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledItsOwnerToldAndWhatFailedCanBeRedelivered() {
        RECEIVER.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(503)));
        String id = create(ownerToken, Map.of("url", receiverUrl())).getString("id");
        fire("Failing receiver");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ownerToken)
                .get("/api/v1/webhooks/{id}", id).then().body("enabled", equalTo(false))
                .body("disabledReason", containsString("3 attempts in a row failed")));
        await().atMost(Duration.ofSeconds(30)).until(() -> !SmtpResource.emailsTo(owner, "webhook was disabled")
                .isEmpty());
        assertTrue(SmtpResource.emailsTo(owner, "webhook was disabled").get(0).text().contains(receiverUrl()));
        long failed = given().auth().oauth2(ownerToken).get("/api/v1/webhooks/{id}/deliveries", id).then()
                .body("items[0].status", equalTo("FAILED")).extract().jsonPath().getLong("items[0].id");

        RECEIVER.resetAll();
        RECEIVER.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
        given().auth().oauth2(ownerToken).post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", id, failed).then()
                .statusCode(409);
        given().auth().oauth2(ownerToken).contentType(ContentType.JSON).body(Map.of("url", receiverUrl(),
                "enabled", true)).put("/api/v1/webhooks/{id}", id).then().statusCode(200)
                .body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(0));
        given().auth().oauth2(ownerToken).post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", id, failed).then()
                .statusCode(202).body("status", equalTo("PENDING"));
        awaitDelivery(id, "SENT");
        // one post, unless a loaded machine let one outlast the timeout: then each post is an attempt on the log
        JsonPath log = given().auth().oauth2(ownerToken).get("/api/v1/webhooks/{id}/deliveries", id).then()
                .statusCode(200).extract().jsonPath();
        List<Integer> statuses = log.getList("items[0].attemptLog.statusCode");
        int received = RECEIVER.findAll(anyRequestedFor(urlEqualTo("/hook"))).size();
        List<Integer> sinceRedelivery = statuses.subList(statuses.size() - received, statuses.size());
        assertEquals(200, sinceRedelivery.get(sinceRedelivery.size() - 1), statuses.toString());
        assertTrue(sinceRedelivery.subList(0, received - 1).stream().allMatch(status -> status == null),
                "a post before the last one since the redelivery timed out: " + statuses);
    }

    @Test
    void aReceiverThatAnswersGoneDisablesTheEndpointAtOnce() {
        RECEIVER.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(410)));
        String id = create(ownerToken, Map.of("url", receiverUrl())).getString("id");
        given().auth().oauth2(ownerToken).post("/api/v1/webhooks/{id}/test", id).then().statusCode(202)
                .body("type", equalTo("webhook.test"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ownerToken)
                .get("/api/v1/webhooks/{id}", id).then().body("enabled", equalTo(false))
                .body("disabledReason", equalTo("the receiver answered 410 Gone")));
        assertEquals(1, received(1).size(), "no retry after 410");
    }

    @Test
    void afterARotationBothSecretsSignUntilTheOverlapEnds() throws Exception {
        JsonPath created = create(ownerToken, Map.of("url", receiverUrl()));
        String id = created.getString("id");
        String rotated = given().auth().oauth2(ownerToken).post("/api/v1/webhooks/{id}/secret", id).then()
                .statusCode(200).body("secret", startsWith("whsec_")).extract().path("secret");
        given().auth().oauth2(ownerToken).post("/api/v1/webhooks/{id}/test", id).then().statusCode(202);
        LoggedRequest request = received(1).get(0);
        assertEquals(2, request.getHeader("webhook-signature").split(" ").length);
        new Webhook(created.getString("secret")).verify(request.getBodyAsString(), headers(request));
        new Webhook(rotated).verify(request.getBodyAsString(), headers(request));
    }

    @Test
    void internalDestinationsAreRefusedWithTheReasonAndNothingIsStored() {
        Map<String, String> refused = Map.of(
                "http://10.0.0.1/hook", "private",
                "http://169.254.169.254/latest/meta-data", "metadata",
                "http://internal.example.test/hook", "private",
                "ftp://127.0.0.1/hook", "http");
        refused.forEach((url, reason) -> given().auth().oauth2(ownerToken).contentType(ContentType.JSON)
                .body(Map.of("url", url)).post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString(reason)));
        given().auth().oauth2(ownerToken).get("/api/v1/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void onlyItsOwnerOrAnAdminSeesAWebhookAndASubscriberMustBeConfirmed() {
        String id = create(ownerToken, Map.of("url", receiverUrl())).getString("id");
        String stranger = Tokens.subscriber(email("stranger"));
        given().auth().oauth2(stranger).get("/api/v1/webhooks/{id}", id).then().statusCode(404);
        given().auth().oauth2(stranger).delete("/api/v1/webhooks/{id}", id).then().statusCode(404);
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(Map.of("url", receiverUrl()))
                .post("/api/v1/webhooks").then().statusCode(409);
        given().auth().none().get("/api/v1/webhooks/{id}", id).then().statusCode(401);
        given().get("/api/v1/webhooks/{id}", id).then().statusCode(200);
        given().auth().oauth2(ownerToken).delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
        given().auth().oauth2(ownerToken).get("/api/v1/webhooks/{id}", id).then().statusCode(404);
    }

    @Test
    void anAdminsIntegrationGetsAlertsNobodyFollowsThroughItsFilters() {
        String all = create(Tokens.admin(), Map.of("url", receiverUrl())).getString("id");
        create(Tokens.admin(), Map.of("url", receiverUrl(), "filters", Map.of("severities", List.of("CRITICAL"))));
        UUID unfollowed = UUID.randomUUID();
        Neighbours.thesis(unfollowed, "Nobody follows this");
        Neighbours.triggers(aTrigger().of(unfollowed).named("Unfollowed trigger").on("BIG6", "CAPEX").above(1)
                .warning());
        Neighbours.series(aSeries().inUsd().point("2024", 5));
        assertEquals(1, check().getInt("fired"));
        awaitDelivery(all, "SENT");
        assertEquals(1, received(1).size(), "the WARNING passes one integration's filters, not the other's");
    }

    @Test
    void twoWorkersDrainingAtOnceDeliverEveryMessageOnce() {
        String id = create(ownerToken, Map.of("url", receiverUrl())).getString("id");
        for (int i = 0; i < 40; i++) {
            given().auth().oauth2(ownerToken).post("/api/v1/webhooks/{id}/test", id).then().statusCode(202);
        }
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(worker::drain);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(worker::drain);
        one.join();
        two.join();
        await().atMost(Duration.ofSeconds(30)).until(() -> RECEIVER.findAll(anyRequestedFor(urlEqualTo("/hook")))
                .size() >= 40);
        Map<String, Long> receipts = RECEIVER.findAll(anyRequestedFor(urlEqualTo("/hook"))).stream()
                .collect(Collectors.groupingBy(r -> r.getHeader("webhook-id"), Collectors.counting()));
        assertEquals(40, receipts.size());
        // a message both workers held would go out twice with no failure between; a message goes out again only
        // after an attempt that failed (under load a post can outlast the 2 s timeout although it arrived)
        receipts.forEach((messageId, times) -> assertTrue(failedAttempts(messageId) >= times - 1,
                messageId + " received " + times + " times after " + failedAttempts(messageId) + " failed attempts"));
    }

    private long failedAttempts(String messageId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
                WHERE d.message_id = ?1 AND (a.status_code IS NULL OR a.status_code NOT BETWEEN 200 AND 299)""")
                .setParameter(1, messageId).getSingleResult()).longValue());
    }

    @Test
    void aSlowReceiverDelaysNoEmail() {
        RECEIVER.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200).withFixedDelay(1500)));
        String id = create(ownerToken, Map.of("url", receiverUrl())).getString("id");
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(ownerToken).post("/api/v1/webhooks/{id}/test", id).then().statusCode(202);
        }
        received(1);
        String newcomer = email("newcomer");
        long asked = System.nanoTime();
        signUp(newcomer, Map.of());
        await().atMost(Duration.ofSeconds(5)).until(() -> !SmtpResource.emailsTo(newcomer).isEmpty());
        Duration took = Duration.ofNanos(System.nanoTime() - asked);
        assertTrue(RECEIVER.findAll(anyRequestedFor(urlEqualTo("/hook"))).size() < 10,
                "the email went out while the webhooks were still being posted, in " + took.toMillis() + " ms");
    }

    private static String receiverUrl() {
        return "http://127.0.0.1:" + RECEIVER.port() + "/hook";
    }

    private static JsonPath create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/webhooks")
                .then().statusCode(201).header("Location", containsString("/api/v1/webhooks/")).extract().jsonPath();
    }

    private void fire(String triggerName) {
        Neighbours.triggers(aTrigger().of(thesis).named(triggerName).on("BIG6", "CAPEX").above(1).warning());
        Neighbours.series(aSeries().inUsd().point("2024", 5));
        assertEquals(1, check().getInt("fired"));
    }

    private static List<LoggedRequest> received(int atLeast) {
        await().atMost(Duration.ofSeconds(30)).until(() -> RECEIVER.findAll(anyRequestedFor(urlEqualTo("/hook")))
                .size() >= atLeast);
        return RECEIVER.findAll(anyRequestedFor(urlEqualTo("/hook")));
    }

    private static void awaitDelivery(String webhookId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/webhooks/{id}/deliveries",
                webhookId).then().statusCode(200).body("items[0].status", equalTo(status)));
    }

    private static Map<String, List<String>> headers(LoggedRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        request.getHeaders().all().forEach(h -> headers.put(h.key().toLowerCase(Locale.ROOT), h.values()));
        return headers;
    }
}
