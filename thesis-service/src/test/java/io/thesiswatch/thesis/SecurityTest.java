package io.thesiswatch.thesis;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.thesiswatch.thesis.RiskEventJson.aRiskEvent;
import static io.thesiswatch.thesis.ThesisJson.aThesis;
import static io.thesiswatch.thesis.TriggerJson.aTrigger;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

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
        return as(Tokens.analyst(analyst)).body(aThesis("Owned by " + analyst, "NVDA")).post("/api/v1/theses")
                .then().statusCode(201).body("owner", equalTo(analyst)).extract().path("id");
    }

    /** Every endpoint ({id} stands for any id), each with every kind of missing or bad token. */
    static Stream<Arguments> everyEndpointWithEveryBadCredential() {
        Stream<String[]> endpoints = Stream.of(
                new String[] {"POST", "/api/v1/theses"},
                new String[] {"GET", "/api/v1/theses"},
                new String[] {"GET", "/api/v1/theses/{id}"},
                new String[] {"PUT", "/api/v1/theses/{id}"},
                new String[] {"DELETE", "/api/v1/theses/{id}"},
                new String[] {"POST", "/api/v1/theses/{id}/journal"},
                new String[] {"GET", "/api/v1/theses/{id}/journal"},
                new String[] {"GET", "/api/v1/theses/{id}/journal/1"},
                new String[] {"POST", "/api/v1/theses/{id}/triggers"},
                new String[] {"GET", "/api/v1/theses/{id}/triggers"},
                new String[] {"GET", "/api/v1/theses/{id}/triggers/{id}"},
                new String[] {"PUT", "/api/v1/theses/{id}/triggers/{id}"},
                new String[] {"DELETE", "/api/v1/theses/{id}/triggers/{id}"},
                new String[] {"GET", "/api/v1/triggers"},
                new String[] {"GET", "/api/v1/triggers/{id}"},
                new String[] {"GET", "/api/v1/triggers/ranges"},
                new String[] {"POST", "/api/v1/theses/{id}/risk-events"});
        return endpoints.flatMap(endpoint -> Stream.of(Tokens.Refused.values())
                .map(credential -> arguments(endpoint[0], endpoint[1], credential)));
    }

    @ParameterizedTest(name = "{0} {1} with {2} token answers 401")
    @MethodSource("everyEndpointWithEveryBadCredential")
    void everyEndpointAnswers401WithoutAValidToken(String method, String path, Tokens.Refused credential) {
        String concretePath = path.replace("{id}", UUID.randomUUID().toString());
        with(credential).contentType(ContentType.JSON).body("{}").request(method, concretePath)
                .then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} token")
    @EnumSource(Tokens.Refused.class)
    void a401SaysWhatIsMissingOrWrongWithTheToken(Tokens.Refused credential) {
        with(credential).get("/api/v1/theses").then().statusCode(401)
                .contentType("application/problem+json").body("detail", equalTo(credential.detail()));
    }

    private static RequestSpecification with(Tokens.Refused credential) {
        return credential.token() == null ? RestAssured.given() : as(credential.token());
    }

    @Test
    void a403NamesTheRolesTheOperationNeeds() {
        as(Tokens.subscriber("s@example.com")).body(aThesis("Not mine to write", "NVDA")).post("/api/v1/theses")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("This operation needs one of the roles analyst, admin"));
        as(Tokens.analyst(ANA)).get("/api/v1/triggers").then().statusCode(403)
                .body("detail", equalTo("This operation needs one of the roles service, admin"));
    }

    @Test
    void anAnalystChangesOnlyTheirOwnTheses() {
        String anas = thesisOf(ANA);
        ThesisJson takeover = aThesis("Taken over", "NVDA").version(0);
        as(Tokens.analyst(BOB)).body(takeover).put("/api/v1/theses/" + anas).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString(ANA));
        as(Tokens.analyst(BOB)).body(Map.of("note", "mine now")).post("/api/v1/theses/{id}/journal", anas)
                .then().statusCode(403);
        as(Tokens.analyst(BOB)).body(aTrigger()).post("/api/v1/theses/{id}/triggers", anas).then().statusCode(403);
        as(Tokens.analyst(BOB)).delete("/api/v1/theses/" + anas).then().statusCode(403);
        as(Tokens.analyst(BOB)).get("/api/v1/theses/" + anas).then().statusCode(200)
                .body("title", equalTo("Owned by " + ANA));

        String trigger = as(Tokens.analyst(ANA)).body(aTrigger())
                .post("/api/v1/theses/{id}/triggers", anas).then().statusCode(201).extract().path("id");
        as(Tokens.analyst(BOB)).body(aTrigger().threshold(5))
                .put("/api/v1/theses/{id}/triggers/{t}", anas, trigger).then().statusCode(403);
        as(Tokens.analyst(BOB)).delete("/api/v1/theses/{id}/triggers/{t}", anas, trigger).then().statusCode(403);
        as(Tokens.analyst(ANA)).body(Map.of("note", "still mine")).post("/api/v1/theses/{id}/journal", anas)
                .then().statusCode(201).body("author", equalTo(ANA));
        as(Tokens.admin()).body(takeover).put("/api/v1/theses/" + anas).then().statusCode(200)
                .body("title", equalTo("Taken over")).body("owner", equalTo(ANA));
    }

    @Test
    void rolesDecideWhoWritesThesesAndWhoReadsTheFeed() {
        as(Tokens.subscriber("s@example.com")).body(aThesis("Not mine to write", "NVDA")).post("/api/v1/theses")
                .then().statusCode(403);
        as(Tokens.service()).body(aThesis("Not a service's to write", "NVDA")).post("/api/v1/theses")
                .then().statusCode(403);
        as(Tokens.analyst(ANA)).get("/api/v1/triggers").then().statusCode(403);
        as(Tokens.service()).get("/api/v1/triggers").then().statusCode(200);
        as(Tokens.analyst(ANA)).get("/api/v1/triggers/ranges").then().statusCode(403);
        as(Tokens.service()).get("/api/v1/triggers/ranges").then().statusCode(200);
        as(Tokens.analyst(ANA)).get("/api/v1/triggers/{id}", UUID.randomUUID()).then().statusCode(403);
        as(Tokens.service()).get("/api/v1/triggers/{id}", UUID.randomUUID()).then().statusCode(404);
        String anas = thesisOf(ANA);
        RiskEventJson event = aRiskEvent(UUID.randomUUID().toString());
        as(Tokens.analyst(ANA)).body(event).post("/api/v1/theses/{id}/risk-events", anas).then().statusCode(403);
        as(Tokens.service()).body(event).post("/api/v1/theses/{id}/risk-events", anas).then().statusCode(202);
        as(Tokens.subscriber("s@example.com")).get("/api/v1/theses/" + anas).then().statusCode(200);
    }

    @Test
    void callsToCompanyServiceCarryTheServiceToken() {
        thesisOf(ANA);
        CompanyStub.server().verify(postRequestedFor(urlEqualTo(CompanyStub.CATALOG_LOOKUP))
                .withHeader("Authorization", matching("Bearer .+")));
    }
}
