package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.thesiswatch.alert.service.outbox.EmailDeliveryWorker;
import io.thesiswatch.alert.token.LinkTokens;
import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.SmtpResource;
import io.thesiswatch.testsupport.StubServiceResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Real PostgreSQL, a real SMTP server, and stubbed neighbours for every alert-service test. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StubServiceResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "configKey", value = "thesis-service"))
@WithTestResource(value = StubServiceResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "configKey", value = "company-service"))
abstract class AlertTestSupport {

    @BeforeEach
    void neighboursUpAndCallerAnAdmin() {
        SmtpResource.startServer();
        Neighbours.reset();
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + Tokens.admin()).build();
    }

    @AfterEach
    void noDefaultCaller() {
        RestAssured.requestSpecification = null;
    }

    static String email(String who) {
        return who + "-" + System.nanoTime() + "@example.com";
    }

    /** Signs up and follows the link in the confirmation email; answers the subscriber id. */
    static String confirmedSubscriber(String email, Map<String, Object> preferences) {
        String id = signUp(email, preferences);
        await().atMost(Duration.ofSeconds(30)).until(() -> !SmtpResource.emailsTo(email).isEmpty());
        String token = SmtpResource.emailsTo(email).get(0).linkToken().orElseThrow();
        confirm(token).statusCode(200);
        return id;
    }

    /** Presses the confirmation page's button, as an API client does (the answer is the subscriber as JSON). */
    static ValidatableResponse confirm(String token) {
        return given().contentType(ContentType.URLENC).formParam("token", token).post("/api/v1/subscribers/confirm")
                .then();
    }

    /** Signs up (a 202 that names no one) and answers the subscriber's id, as an admin finds it by address. */
    static String signUp(String email, Map<String, Object> preferences) {
        Map<String, Object> body = new HashMap<>(preferences);
        body.put("email", email);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/subscribers")
                .then().statusCode(202).body("email", org.hamcrest.Matchers.equalTo(email.toLowerCase()))
                .header("Location", org.hamcrest.Matchers.nullValue());
        return subscriberId(email);
    }

    /** The id of the subscriber with this address, as an admin looks it up. */
    static String subscriberId(String email) {
        return given().header("Authorization", "Bearer " + Tokens.admin()).queryParam("email", email)
                .get("/api/v1/subscribers").then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(1))
                .extract().path("[0].id");
    }

    /** A confirmed subscriber who follows a new thesis (known to the thesis-service stub); answers the thesis. */
    static UUID followsANewThesis(String subscriberId) {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "AI capex cycle runs through 2027");
        follow(subscriberId, Map.of("thesisId", thesis.toString()));
        return thesis;
    }

    static void follow(String subscriberId, Map<String, Object> target) {
        given().contentType(ContentType.JSON).body(target)
                .post("/api/v1/subscribers/{id}/subscriptions", subscriberId).then().statusCode(201);
    }

    /** The token of a subscriber's unsubscribe link, as their emails carry it. */
    static String unsubscribeToken(String subscriberId) {
        return Arc.container().instance(LinkTokens.class).get().unsubscribeToken(UUID.fromString(subscriberId));
    }

    /**
     * Waits until nothing is on its way to this subscriber: every email queued for them has been sent, dropped
     * or given up on, so their inbox holds all they will get.
     */
    static void emailOutboxSettledFor(String subscriberId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("subscriberId", subscriberId)
                .queryParam("status", "PENDING").get("/api/v1/deliveries").then().statusCode(200)
                .extract().<Integer>path("total") == 0);
    }

    /** Runs a check now and answers its run. */
    static JsonPath check() {
        return given().post("/api/v1/checks").then().statusCode(200).extract().jsonPath();
    }

    /**
     * Waits until a subscriber got at least the expected emails with this subject text and nothing more is on
     * its way to them, then answers what they got.
     */
    static List<ReceivedEmail> settled(String subscriberId, String address, String subject, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpResource.emailsTo(address, subject).size() >= expected);
        emailOutboxSettledFor(subscriberId);
        return SmtpResource.emailsTo(address, subject);
    }

    /** Runs the email outbox once, now: whatever it leaves unsent was not due for sending. */
    static void drainEmailOutbox() {
        Arc.container().instance(EmailDeliveryWorker.class).get().drain();
    }
}
