package io.thesiswatch.thesis;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
class SecurityTest extends ThesisTestSupport {

    private static final String ANA = "ana@example.com";
    private static final String BOB = "bob@example.com";

    @BeforeEach
    void noDefaultCallerHere() {
        RestAssured.requestSpecification = null;
    }

    private static RequestSpecification as(String token) {
        RestAssured.requestSpecification = null;
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String thesisOf(String analyst) {
        return as(Tokens.analyst(analyst)).body(thesis("Owned by " + analyst, "NVDA")).post("/api/v1/theses")
                .then().statusCode(201).body("owner", equalTo(analyst)).extract().path("id");
    }

    @Test
    void everyEndpointAnswers401WithoutAValidToken() {
        String id = UUID.randomUUID().toString();
        List<String[]> calls = List.of(
                new String[] {"POST", "/api/v1/theses"}, new String[] {"GET", "/api/v1/theses"},
                new String[] {"GET", "/api/v1/theses/" + id}, new String[] {"PUT", "/api/v1/theses/" + id},
                new String[] {"DELETE", "/api/v1/theses/" + id}, new String[] {"POST", "/api/v1/theses/" + id + "/journal"},
                new String[] {"GET", "/api/v1/theses/" + id + "/journal"},
                new String[] {"POST", "/api/v1/theses/" + id + "/triggers"},
                new String[] {"GET", "/api/v1/theses/" + id + "/triggers"},
                new String[] {"GET", "/api/v1/theses/" + id + "/triggers/" + id},
                new String[] {"PUT", "/api/v1/theses/" + id + "/triggers/" + id},
                new String[] {"DELETE", "/api/v1/theses/" + id + "/triggers/" + id},
                new String[] {"GET", "/api/v1/triggers"},
                new String[] {"POST", "/api/v1/theses/" + id + "/risk-events"});
        for (String[] call : calls) {
            for (RequestSpecification request : List.of(RestAssured.given(), as(Tokens.forged()), as(Tokens.expired()))) {
                int status = request.contentType(ContentType.JSON).body("{}").request(call[0], call[1])
                        .then().extract().statusCode();
                if (status != 401) {
                    throw new AssertionError(call[0] + " " + call[1] + " answered " + status);
                }
            }
        }
    }

    @Test
    void anAnalystChangesOnlyTheirOwnTheses() {
        String anas = thesisOf(ANA);
        Map<String, Object> update = thesis("Taken over", "NVDA");
        update.put("version", 0);
        as(Tokens.analyst(BOB)).body(update).put("/api/v1/theses/" + anas).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString(ANA));
        as(Tokens.analyst(BOB)).body(Map.of("note", "mine now")).post("/api/v1/theses/{id}/journal", anas)
                .then().statusCode(403);
        as(Tokens.analyst(BOB)).body(trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10))
                .post("/api/v1/theses/{id}/triggers", anas).then().statusCode(403);
        as(Tokens.analyst(BOB)).delete("/api/v1/theses/" + anas).then().statusCode(403);
        as(Tokens.analyst(BOB)).get("/api/v1/theses/" + anas).then().statusCode(200)
                .body("title", equalTo("Owned by " + ANA));

        String trigger = as(Tokens.analyst(ANA)).body(trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10))
                .post("/api/v1/theses/{id}/triggers", anas).then().statusCode(201).extract().path("id");
        as(Tokens.analyst(BOB)).body(trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 5))
                .put("/api/v1/theses/{id}/triggers/{t}", anas, trigger).then().statusCode(403);
        as(Tokens.analyst(BOB)).delete("/api/v1/theses/{id}/triggers/{t}", anas, trigger).then().statusCode(403);
        as(Tokens.analyst(ANA)).body(Map.of("note", "still mine")).post("/api/v1/theses/{id}/journal", anas)
                .then().statusCode(201).body("author", equalTo(ANA));
        as(Tokens.admin()).body(update).put("/api/v1/theses/" + anas).then().statusCode(200)
                .body("title", equalTo("Taken over")).body("owner", equalTo(ANA));
    }

    @Test
    void rolesDecideWhoWritesThesesAndWhoReadsTheFeed() {
        as(Tokens.subscriber("s@example.com")).body(thesis("Not mine to write", "NVDA")).post("/api/v1/theses")
                .then().statusCode(403);
        as(Tokens.service()).body(thesis("Not a service's to write", "NVDA")).post("/api/v1/theses")
                .then().statusCode(403);
        as(Tokens.analyst(ANA)).get("/api/v1/triggers").then().statusCode(403);
        as(Tokens.service()).get("/api/v1/triggers").then().statusCode(200);
        String anas = thesisOf(ANA);
        Map<String, Object> event = Map.of("triggerId", UUID.randomUUID().toString(), "eventId", UUID.randomUUID().toString(),
                "kind", "FIRED", "severity", "CRITICAL");
        as(Tokens.analyst(ANA)).body(event).post("/api/v1/theses/{id}/risk-events", anas).then().statusCode(403);
        as(Tokens.service()).body(event).post("/api/v1/theses/{id}/risk-events", anas).then().statusCode(202);
        as(Tokens.subscriber("s@example.com")).get("/api/v1/theses/" + anas).then().statusCode(200);
    }

    @Test
    void callsToCompanyServiceCarryTheServiceToken() {
        thesisOf(ANA);
        CompanyStub.server().verify(postRequestedFor(urlEqualTo("/api/v1/catalog/lookup"))
                .withHeader("Authorization", matching("Bearer .+")));
    }
}
