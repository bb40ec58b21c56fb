package io.thesiswatch.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.thesiswatch.testsupport.SmtpResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class SecurityTest extends AlertTestSupport {

    @BeforeEach
    void noDefaultCallerHere() {
        RestAssured.requestSpecification = null;
    }

    private static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static RequestSpecification with(Tokens.Refused credential) {
        return credential.token() == null ? RestAssured.given() : as(credential.token());
    }

    @ParameterizedTest(name = "{0} token")
    @EnumSource(Tokens.Refused.class)
    void a401SaysWhyTheTokenWasRefused(Tokens.Refused credential) {
        with(credential).get("/api/v1/alerts").then().statusCode(401)
                .contentType("application/problem+json").body("detail", equalTo(credential.detail()));
    }

    private static int status(RequestSpecification request, String method, String path) {
        return request.contentType(ContentType.JSON).body("{}").request(method, path).then().extract().statusCode();
    }

    /** Each protected call, and what an analyst and a subscriber get (empty: not theirs to test here). */
    @ParameterizedTest(name = "{0} {1}: analyst {2}, subscriber {3}")
    @CsvSource(delimiter = '|', textBlock = """
            POST   | /api/v1/checks                              | 403 | 403
            GET    | /api/v1/checks                              | 403 | 403
            GET    | /api/v1/checks/1                            | 403 | 403
            GET    | /api/v1/deliveries                          | 403 | 403
            POST   | /api/v1/digests                             | 403 | 403
            GET    | /api/v1/trigger-states                      | 200 | 403
            GET    | /api/v1/alerts                              | 200 | 403
            POST   | /api/v1/backtests                           | 400 | 403
            GET    | /api/v1/subscribers?email=a@example.com     | 403 | 403
            GET    | /api/v1/subscribers/{id}                    | 403 |
            POST   | /api/v1/subscribers/{id}/subscriptions      | 403 |
            GET    | /api/v1/subscribers/{id}/subscriptions      | 403 |
            GET    | /api/v1/subscribers/{id}/subscriptions/{id} | 403 |
            DELETE | /api/v1/subscribers/{id}/subscriptions/{id} | 403 |
            """)
    void protectedEndpointsAnswer401WithoutAValidTokenAnd403ToTheWrongRole(String method, String template,
            Integer asAnalyst, Integer asSubscriber) {
        String path = template.replace("{id}", UUID.randomUUID().toString());
        String call = method + " " + path;
        for (Tokens.Refused credential : Tokens.Refused.values()) {
            expect(401, status(with(credential), method, path), call + " with " + credential);
        }
        if (asAnalyst != null) {
            expect(asAnalyst, status(as(Tokens.analyst("ana")), method, path), call);
        }
        if (asSubscriber != null) {
            expect(asSubscriber, status(as(Tokens.subscriber("s@example.com")), method, path), call);
        }
    }

    @Test
    void aSubscriberSeesOnlyTheirOwnRecordAndSubscriptions() {
        String mine = email("me");
        String theirs = email("them");
        String myId = signUp(mine, Map.of());
        String theirId = signUp(theirs, Map.of());
        as(Tokens.subscriber(mine)).get("/api/v1/subscribers/" + myId).then().statusCode(200)
                .body("email", equalTo(mine));
        as(Tokens.subscriber(mine)).get("/api/v1/subscribers/" + theirId).then().statusCode(404);
        as(Tokens.subscriber(mine)).get("/api/v1/subscribers/{id}/subscriptions", theirId).then().statusCode(404);
        as(Tokens.subscriber(mine)).body(Map.of("company", "NVDA"))
                .post("/api/v1/subscribers/{id}/subscriptions", theirId).then().statusCode(404);
        String subscription = as(Tokens.subscriber(mine)).body(Map.of("company", "NVDA"))
                .post("/api/v1/subscribers/{id}/subscriptions", myId).then().statusCode(201).extract().path("id");
        as(Tokens.subscriber(theirs)).get("/api/v1/subscribers/{id}/subscriptions/{s}", myId, subscription)
                .then().statusCode(404);
        as(Tokens.subscriber(theirs)).delete("/api/v1/subscribers/{id}/subscriptions/{s}", myId, subscription)
                .then().statusCode(404);
        as(Tokens.subscriber(mine)).get("/api/v1/subscribers/{id}/subscriptions/{s}", myId, subscription)
                .then().statusCode(200).body("company", equalTo("NVDA"));
        as(Tokens.subscriber(mine)).get("/api/v1/subscribers/{id}/subscriptions", myId).then().statusCode(200)
                .body("size()", equalTo(1));
    }

    @Test
    void signUpConfirmAndUnsubscribeNeedNoToken() {
        String address = email("public");
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("email", address))
                .post("/api/v1/subscribers").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> !SmtpResource.emailsTo(address).isEmpty());
        RestAssured.given().contentType(ContentType.URLENC)
                .formParam("token", SmtpResource.emailsTo(address).get(0).linkToken().orElseThrow())
                .post("/api/v1/subscribers/confirm").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void anAddressGetsAtMostThreeSignUpEmailsADayAndTheAnswerStaysTheSame() {
        String address = email("bombed");
        for (int i = 0; i < 5; i++) {
            RestAssured.given().contentType(ContentType.JSON).body(Map.of("email", address))
                    .post("/api/v1/subscribers").then().statusCode(202);
        }
        String id = subscriberId(address);
        as(Tokens.admin()).queryParam("subscriberId", id).get("/api/v1/deliveries").then().statusCode(200)
                .body("total", equalTo(3)).body("items.kind", everyItem(equalTo("CONFIRMATION")));
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpResource.emailsTo(address).size() == 3);
    }

    @Test
    void callsToNeighboursCarryTheServiceToken() {
        as(Tokens.admin()).post("/api/v1/checks").then().statusCode(200);
        Neighbours.thesisService().verify(getRequestedFor(urlPathEqualTo("/api/v1/triggers"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    private static void expect(int expected, int actual, String call) {
        if (expected != actual) {
            throw new AssertionError(call + ": expected " + expected + ", got " + actual);
        }
    }
}
