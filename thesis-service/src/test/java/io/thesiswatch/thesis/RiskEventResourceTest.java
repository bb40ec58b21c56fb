package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RiskEventResourceTest extends ThesisTestSupport {

    private static Map<String, Object> event(String triggerId, String eventId, String kind, String severity) {
        Map<String, Object> body = new HashMap<>();
        body.put("triggerId", triggerId);
        body.put("eventId", eventId);
        body.put("kind", kind);
        body.put("severity", severity);
        body.put("value", 5.2);
        body.put("period", "2025");
        body.put("observedAt", "2026-11-28T10:00:00Z");
        return body;
    }

    private static void report(String thesis, Map<String, Object> event, boolean recorded) {
        given().contentType(ContentType.JSON).body(event).post("/api/v1/theses/{id}/risk-events", thesis)
                .then().statusCode(202).body("recorded", equalTo(recorded));
    }

    @Test
    void aCriticalFiringPutsTheThesisAtRiskAndIsJournalledOnce() {
        String thesis = createThesis("At risk", "NVDA");
        String trigger = createTrigger(thesis, trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10));
        Map<String, Object> fired = event(trigger, UUID.randomUUID().toString(), "FIRED", "CRITICAL");
        report(thesis, fired, true);
        report(thesis, fired, false);
        given().get("/api/v1/theses/{id}", thesis).then().body("status", equalTo("AT_RISK")).body("version", equalTo(1));
        given().get("/api/v1/theses/{id}/journal", thesis).then()
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("TRIGGER_FIRED"))
                .body("items[0].system", equalTo(true))
                .body("items[0].note", containsString("Capex cycle ends"))
                .body("items[0].note", containsString("5.2 in 2025"))
                .body("items[0].period", equalTo("2025"));

        report(thesis, event(trigger, UUID.randomUUID().toString(), "RESOLVED", "CRITICAL"), true);
        given().get("/api/v1/theses/{id}/journal", thesis).then()
                .body("total", equalTo(2)).body("items[0].kind", equalTo("TRIGGER_RESOLVED"));
    }

    @Test
    void aWarningFiringOrAClosedThesisKeepsTheStatus() {
        String thesis = createThesis("Warned", "NVDA");
        String trigger = createTrigger(thesis, trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10));
        report(thesis, event(trigger, UUID.randomUUID().toString(), "FIRED", "WARNING"), true);
        given().get("/api/v1/theses/{id}", thesis).then().body("status", equalTo("ACTIVE"));

        Map<String, Object> close = thesis("Warned", "NVDA");
        close.put("version", 0);
        close.put("status", "CLOSED");
        given().contentType(ContentType.JSON).body(close).put("/api/v1/theses/{id}", thesis).then().statusCode(200);
        report(thesis, event(trigger, UUID.randomUUID().toString(), "FIRED", "CRITICAL"), true);
        given().get("/api/v1/theses/{id}", thesis).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void rejectsIncompleteEventsAndUnknownTheses() {
        String thesis = createThesis("Bad events", "NVDA");
        Map<String, Object> body = event(UUID.randomUUID().toString(), null, "FIRED", "CRITICAL");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/theses/{id}/risk-events", thesis)
                .then().statusCode(400).body("errors[0].field", equalTo("eventId"));
        body = event(UUID.randomUUID().toString(), "e1", "EXPLODED", "CRITICAL");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/theses/{id}/risk-events", thesis)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        body = event(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "FIRED", "CRITICAL");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/theses/{id}/risk-events", UUID.randomUUID())
                .then().statusCode(404);
        given().get("/api/v1/theses/{id}/journal", thesis).then().body("total", equalTo(0));
    }
}
