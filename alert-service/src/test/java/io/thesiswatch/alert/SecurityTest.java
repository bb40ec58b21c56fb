package io.thesiswatch.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityTest extends AlertTestSupport {

    @BeforeEach
    void noDefaultCallerHere() {
        RestAssured.requestSpecification = null;
    }

    private static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static int status(RequestSpecification request, String method, String path) {
        return request.contentType(ContentType.JSON).body("{}").request(method, path).then().extract().statusCode();
    }

    @Test
    void protectedEndpointsAnswer401WithoutAValidTokenAnd403ToTheWrongRole() {
        String id = UUID.randomUUID().toString();
        Map<String, String> adminOnly = Map.of("POST /api/v1/checks", "", "GET /api/v1/checks", "",
                "GET /api/v1/checks/1", "", "GET /api/v1/deliveries", "", "POST /api/v1/digests", "");
        Map<String, String> analystOrAdmin = Map.of("GET /api/v1/trigger-states", "", "GET /api/v1/alerts", "");
        Map<String, String> subscriberOrAdmin = Map.of("GET /api/v1/subscribers/" + id, "",
                "POST /api/v1/subscribers/" + id + "/subscriptions", "",
                "GET /api/v1/subscribers/" + id + "/subscriptions", "",
                "DELETE /api/v1/subscribers/" + id + "/subscriptions/" + id, "");
        for (Map<String, String> group : List.of(adminOnly, analystOrAdmin, subscriberOrAdmin)) {
            for (String call : group.keySet()) {
                String[] parts = call.split(" ");
                for (RequestSpecification request : List.of(RestAssured.given(), as(Tokens.forged()), as(Tokens.expired()))) {
                    expect(401, status(request, parts[0], parts[1]), call);
                }
            }
        }
        for (String call : adminOnly.keySet()) {
            String[] parts = call.split(" ");
            expect(403, status(as(Tokens.analyst("ana")), parts[0], parts[1]), call);
            expect(403, status(as(Tokens.subscriber("s@example.com")), parts[0], parts[1]), call);
        }
        for (String call : analystOrAdmin.keySet()) {
            String[] parts = call.split(" ");
            expect(403, status(as(Tokens.subscriber("s@example.com")), parts[0], parts[1]), call);
            expect(200, status(as(Tokens.analyst("ana")), parts[0], parts[1]), call);
        }
        for (String call : subscriberOrAdmin.keySet()) {
            String[] parts = call.split(" ");
            expect(403, status(as(Tokens.analyst("ana")), parts[0], parts[1]), call);
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
        as(Tokens.subscriber(theirs)).delete("/api/v1/subscribers/{id}/subscriptions/{s}", myId, subscription)
                .then().statusCode(404);
        as(Tokens.subscriber(mine)).get("/api/v1/subscribers/{id}/subscriptions", myId).then().statusCode(200)
                .body("size()", equalTo(1));
    }

    @Test
    void signUpConfirmAndUnsubscribeNeedNoToken() {
        String address = email("public");
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("email", address))
                .post("/api/v1/subscribers").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> !Mailbox.to(address).isEmpty());
        RestAssured.given().queryParam("token", Mailbox.token(Mailbox.to(address).get(0)))
                .get("/api/v1/subscribers/confirm").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void anAddressGetsAtMostThreeConfirmationEmailsADay() {
        String address = email("bombed");
        for (int i = 0; i < 3; i++) {
            String id = RestAssured.given().contentType(ContentType.JSON).body(Map.of("email", address))
                    .post("/api/v1/subscribers").then().statusCode(201).extract().path("id");
            String token = io.quarkus.arc.Arc.container().instance(io.thesiswatch.alert.token.LinkTokens.class).get()
                    .unsubscribeToken(UUID.fromString(id));
            RestAssured.given().queryParam("token", token).post("/api/v1/unsubscribe").then().statusCode(200);
        }
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("email", address))
                .post("/api/v1/subscribers").then().statusCode(429).contentType("application/problem+json");
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
