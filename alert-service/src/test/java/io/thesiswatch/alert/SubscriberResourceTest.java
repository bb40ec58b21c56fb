package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.testsupport.SmtpResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubscriberResourceTest extends AlertTestSupport {

    @Test
    void signsUpPendingStoresTheAddressLowerCaseAndSendsAConfirmationLink() {
        String address = email("Signup").toLowerCase();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", address.toUpperCase(), "name", "Ana", "locale", "zh-TW"))
                .post("/api/v1/subscribers")
                .then().statusCode(202)
                .header("Location", nullValue())
                .body("email", equalTo(address))
                .body("id", nullValue());
        String id = subscriberId(address);
        given().get("/api/v1/subscribers/{id}", id).then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("email", equalTo(address))
                .body("delivery", equalTo("IMMEDIATE"))
                .body("minSeverity", equalTo("WARNING"))
                .body("locale", equalTo("zh-TW"))
                .body("confirmedAt", nullValue());
        await().atMost(Duration.ofSeconds(30)).until(() -> !SmtpResource.emailsTo(address).isEmpty());
        ReceivedEmail confirmation = SmtpResource.emailsTo(address).get(0);
        assertTrue(confirmation.subject().contains("確認"), confirmation.subject());
        String token = confirmation.linkToken().orElseThrow();
        given().accept(ContentType.HTML).queryParam("token", token).get("/api/v1/subscribers/confirm").then()
                .statusCode(200).contentType(ContentType.HTML)
                .body(containsString("確認您的 Thesis Watch 警示訂閱"))
                .body(containsString("<form method=\"post\" action=\"/api/v1/subscribers/confirm\">"))
                .body(containsString("value=\"" + token + "\""));
        given().get("/api/v1/subscribers/{id}", id).then().body("status", equalTo("PENDING"));
        confirm(token).statusCode(200).body("status", equalTo("ACTIVE")).body("id", equalTo(id));
        given().get("/api/v1/subscribers/{id}", id).then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().queryParam("email", address.toUpperCase()).get("/api/v1/subscribers").then().statusCode(200)
                .body("id", contains(id));
        given().queryParam("email", email("nobody")).get("/api/v1/subscribers").then().statusCode(200)
                .body("$", empty());
        given().get("/api/v1/subscribers").then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void rejectsBadSignUpsWithTheFieldNamed() {
        given().contentType(ContentType.JSON).body(Map.of("email", "not-an-address")).post("/api/v1/subscribers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
        given().contentType(ContentType.JSON).body(Map.of("email", email("x"), "locale", "fr"))
                .post("/api/v1/subscribers").then().statusCode(400).body("errors[0].field", equalTo("locale"));
        given().contentType(ContentType.JSON).body(Map.of("email", email("x"), "delivery", "HOURLY"))
                .post("/api/v1/subscribers").then().statusCode(400).body("errors[0].field", equalTo("delivery"));
    }

    @Test
    void aBrowserGetsAPageForEachStepInTheSubscribersLanguage() {
        String address = email("pages");
        signUp(address, Map.of("locale", "en"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !SmtpResource.emailsTo(address).isEmpty());
        String token = SmtpResource.emailsTo(address).get(0).linkToken().orElseThrow();
        String page = given().accept(ContentType.HTML).queryParam("token", token).get("/api/v1/subscribers/confirm")
                .then().statusCode(200).body(containsString("Confirm your Thesis Watch alerts"))
                .body(containsString(address)).extract().asString();
        assertTrue(page.contains("lang=\"en\""), page);
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").contentType(ContentType.URLENC)
                .formParam("token", token).post("/api/v1/subscribers/confirm").then().statusCode(200)
                .contentType(ContentType.HTML).body(containsString("You are subscribed"));
        given().accept(ContentType.HTML).queryParam("token", token).get("/api/v1/subscribers/confirm").then()
                .statusCode(200).body(containsString("Already confirmed")).body(not(containsString("<form")));
        given().accept("text/html").contentType(ContentType.URLENC).formParam("token", token)
                .post("/api/v1/subscribers/confirm").then().statusCode(200).body(containsString("Already confirmed"));
        given().accept(ContentType.HTML).queryParam("token", "nonsense").get("/api/v1/subscribers/confirm").then()
                .statusCode(400).contentType(ContentType.HTML).body(containsString("This link has expired"))
                .body(containsString("此連結已失效"));
    }

    @Test
    void rejectsForgedAndMisusedTokens() {
        confirm("nonsense").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("token"));
        given().get("/api/v1/subscribers/confirm").then().statusCode(400).body(containsString("expired"));
        String address = email("forged");
        signUp(address, Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> !SmtpResource.emailsTo(address).isEmpty());
        String confirm = SmtpResource.emailsTo(address).get(0).linkToken().orElseThrow();
        // a character inside the signature (the last one also holds unused bits a decoder may ignore)
        int at = confirm.length() - 5;
        String forged = confirm.substring(0, at) + (confirm.charAt(at) == 'A' ? 'B' : 'A') + confirm.substring(at + 1);
        given().queryParam("token", forged).get("/api/v1/subscribers/confirm").then().statusCode(400);
        confirm(forged).statusCode(400);
        given().queryParam("token", confirm).get("/api/v1/unsubscribe").then().statusCode(400);
        given().queryParam("token", confirm).post("/api/v1/unsubscribe").then().statusCode(400);
    }

    @Test
    void theUnsubscribeLinkShowsAButtonAndOneClickUnsubscribes() {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Unsubscribe test");
        String address = email("leaver");
        String id = confirmedSubscriber(address, Map.of());
        follow(id, Map.of("thesisId", thesis.toString()));
        Neighbours.triggers(aTrigger().of(thesis).named("Leaver trigger").on("NVDA", "CAPEX").above(1).warning());
        Neighbours.series(aSeries().inUsd().point("2024", 5));
        given().post("/api/v1/checks").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !SmtpResource.emailsTo(address, "Leaver trigger").isEmpty());
        String link = SmtpResource.emailsTo(address, "Leaver trigger").get(0).header("List-Unsubscribe");
        String token = link.substring(link.indexOf("token=") + 6, link.length() - 1);

        given().queryParam("token", token).get("/api/v1/unsubscribe").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<form method=\"post\""));
        given().get("/api/v1/subscribers/{id}", id).then().body("status", equalTo("ACTIVE"));
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .queryParam("token", token).post("/api/v1/unsubscribe")
                .then().statusCode(200).body(containsString("unsubscribed"));
        given().get("/api/v1/subscribers/{id}", id).then().body("status", equalTo("UNSUBSCRIBED"));

        Neighbours.series(aSeries().inUsd().point("2024", 5).point("2025", 0));
        given().post("/api/v1/checks").then().statusCode(200).body("resolved", equalTo(1));
        emailOutboxSettledFor(id);
        assertEquals(1, SmtpResource.emailsTo(address, "Leaver trigger").size(), "nothing after unsubscribing");
    }

    @Test
    void followsThesesAndCompaniesThatExist() {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Followed");
        String id = signUp(email("follower"), Map.of());
        ExtractableResponse<Response> followed = given().contentType(ContentType.JSON)
                .body(Map.of("thesisId", thesis.toString())).post("/api/v1/subscribers/{id}/subscriptions", id)
                .then().statusCode(201).body("thesisId", equalTo(thesis.toString())).extract();
        String subscription = followed.path("id");
        String location = followed.header("Location");
        assertTrue(location.endsWith("/api/v1/subscribers/" + id + "/subscriptions/" + subscription), location);
        given().get(location).then().statusCode(200).body("id", equalTo(subscription))
                .body("thesisId", equalTo(thesis.toString()));
        given().contentType(ContentType.JSON).body(Map.of("company", "NVDA"))
                .post("/api/v1/subscribers/{id}/subscriptions", id).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("company", "NVDA"))
                .post("/api/v1/subscribers/{id}/subscriptions", id).then().statusCode(409);
        given().get("/api/v1/subscribers/{id}/subscriptions", id).then().statusCode(200)
                .body("size()", equalTo(2)).body("company", hasItem("NVDA"));
        given().delete("/api/v1/subscribers/{id}/subscriptions/{s}", id, subscription).then().statusCode(204);
        given().delete("/api/v1/subscribers/{id}/subscriptions/{s}", id, subscription).then().statusCode(404);
        given().get(location).then().statusCode(404);
        given().get("/api/v1/subscribers/{id}/subscriptions", id).then().body("size()", equalTo(1));
    }

    @Test
    void rejectsUnknownTargetsAndSubscribersAndAnswers503WhenTheOwnerIsDown() {
        String id = signUp(email("picky"), Map.of());
        given().contentType(ContentType.JSON).body(Map.of("thesisId", UUID.randomUUID().toString()))
                .post("/api/v1/subscribers/{id}/subscriptions", id)
                .then().statusCode(400).body("errors[0].field", equalTo("thesisId"));
        given().contentType(ContentType.JSON).body(Map.of("company", "NOPE"))
                .post("/api/v1/subscribers/{id}/subscriptions", id)
                .then().statusCode(400).body("errors[0].field", equalTo("company"));
        given().contentType(ContentType.JSON).body(Map.of("company", "NVDA", "thesisId", UUID.randomUUID().toString()))
                .post("/api/v1/subscribers/{id}/subscriptions", id).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/subscribers/{id}/subscriptions", id).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("company", "NVDA"))
                .post("/api/v1/subscribers/{id}/subscriptions", UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/subscribers/{id}", UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/subscribers/{id}/subscriptions", UUID.randomUUID()).then().statusCode(404);

        Neighbours.thesisLookupsDown();
        given().contentType(ContentType.JSON).body(Map.of("thesisId", UUID.randomUUID().toString()))
                .post("/api/v1/subscribers/{id}/subscriptions", id)
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30");
        Neighbours.companyLookupsDown();
        given().contentType(ContentType.JSON).body(Map.of("company", "NVDA"))
                .post("/api/v1/subscribers/{id}/subscriptions", id)
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30");
        given().get("/api/v1/subscribers/{id}/subscriptions", id).then().body("size()", equalTo(0));
    }

    @Test
    void listsAlertsDeliveriesAndStatesWithValidatedFilters() {
        given().queryParam("kind", "EXPLODED").get("/api/v1/alerts").then().statusCode(400);
        given().queryParam("status", "LOST").get("/api/v1/deliveries").then().statusCode(400);
        given().queryParam("state", "MAYBE").get("/api/v1/trigger-states").then().statusCode(400);
        given().queryParam("size", 500).get("/api/v1/alerts").then().statusCode(400);
        given().get("/api/v1/checks/{id}", 999_999).then().statusCode(404);
        given().get("/api/v1/alerts").then().statusCode(200);
    }
}
