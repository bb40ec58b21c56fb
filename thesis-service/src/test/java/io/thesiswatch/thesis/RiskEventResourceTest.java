package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.thesis.RiskEventJson.aRiskEvent;
import static io.thesiswatch.thesis.ThesisJson.aThesis;
import static io.thesiswatch.thesis.TriggerJson.aTrigger;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.UUID;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class RiskEventResourceTest extends ThesisTestSupport {

    /** A critical firing of the trigger as alert-service reports it, with the value it saw. */
    private static RiskEventJson firing(String triggerId) {
        return aRiskEvent(triggerId).observed(5.2, "2025", "2026-11-28T10:00:00Z");
    }

    private static void report(String thesis, RiskEventJson event, boolean recorded) {
        given().contentType(ContentType.JSON).body(event).post("/api/v1/theses/{id}/risk-events", thesis)
                .then().statusCode(202).body("recorded", equalTo(recorded));
    }

    @Test
    void aCriticalFiringPutsTheThesisAtRiskAndIsJournalledOnce() {
        String thesis = createThesis("At risk", "NVDA");
        String trigger = createTrigger(thesis, aTrigger());
        RiskEventJson fired = firing(trigger);
        report(thesis, fired, true);
        report(thesis, fired, false);
        given().get("/api/v1/theses/{id}", thesis).then()
                .body("status", equalTo("AT_RISK")).body("version", equalTo(1));
        given().get("/api/v1/theses/{id}/journal", thesis).then()
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("TRIGGER_FIRED"))
                .body("items[0].system", equalTo(true))
                .body("items[0].note", containsString("Capex cycle ends"))
                .body("items[0].note", containsString("5.2 in 2025"))
                .body("items[0].period", equalTo("2025"));

        report(thesis, firing(trigger).kind("RESOLVED"), true);
        given().get("/api/v1/theses/{id}/journal", thesis).then()
                .body("total", equalTo(2)).body("items[0].kind", equalTo("TRIGGER_RESOLVED"));
    }

    @Test
    void aWarningFiringOrAClosedThesisKeepsTheStatus() {
        String thesis = createThesis("Warned", "NVDA");
        String trigger = createTrigger(thesis, aTrigger());
        report(thesis, firing(trigger).severity("WARNING"), true);
        given().get("/api/v1/theses/{id}", thesis).then().body("status", equalTo("ACTIVE"));

        given().contentType(ContentType.JSON).body(aThesis("Warned", "NVDA").version(0).status("CLOSED"))
                .put("/api/v1/theses/{id}", thesis).then().statusCode(200);
        report(thesis, firing(trigger), true);
        given().get("/api/v1/theses/{id}", thesis).then().body("status", equalTo("CLOSED"));
    }

    static Stream<Arguments> incompleteEvents() {
        String unknownTrigger = UUID.randomUUID().toString();
        return Stream.of(
                arguments("no eventId", firing(unknownTrigger).eventId(null), "eventId"),
                arguments("an unknown kind", firing(unknownTrigger).eventId("e1").kind("EXPLODED"), "kind"));
    }

    @ParameterizedTest(name = "{0} is refused, naming {2}")
    @MethodSource("incompleteEvents")
    void rejectsAnIncompleteEventNamingTheField(String why, RiskEventJson event, String field) {
        String thesis = createThesis("Bad events", "NVDA");
        given().contentType(ContentType.JSON).body(event).post("/api/v1/theses/{id}/risk-events", thesis)
                .then().statusCode(400).body("errors[0].field", equalTo(field));
        given().get("/api/v1/theses/{id}/journal", thesis).then().body("total", equalTo(0));
    }

    @Test
    void answers404ForAnEventOfAnUnknownThesis() {
        given().contentType(ContentType.JSON).body(firing(UUID.randomUUID().toString()))
                .post("/api/v1/theses/{id}/risk-events", UUID.randomUUID())
                .then().statusCode(404);
    }
}
