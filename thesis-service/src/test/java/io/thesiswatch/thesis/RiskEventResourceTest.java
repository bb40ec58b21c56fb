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
import io.thesiswatch.contract.PeriodLabel;
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
        // from before triggers had a basis: with none on the event either, the journal names the period as sent
        TriggerRows.forgetPeriods(trigger);
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

    static Stream<Arguments> periodNames() {
        return Stream.of(
                arguments("the event's basis", "NVDA", "2025-Q1", "FISCAL", "value 5.2 in fiscal 2025 Q1"),
                arguments("the event's basis over the trigger's", "BIG6", "2024", "FISCAL", "value 5.2 in fiscal 2024"),
                arguments("the trigger's basis (BIG6: calendar)", "BIG6", "2024", null, "value 5.2 in calendar 2024"),
                arguments("the trigger's basis (NVDA: fiscal)", "NVDA", "2025-Q1", null, "value 5.2 in fiscal 2025 Q1"),
                arguments("a month, calendar by nature", "NVDA", "2025-07", "CALENDAR", "value 5.2 in 2025-07"));
    }

    @ParameterizedTest(name = "the journal names the period with {0}: {4}")
    @MethodSource("periodNames")
    void journalNamesThePeriodWithItsKindAndBasis(String why, String subject, String period, String basis,
            String expected) {
        CompanyStub.up(CompanyStub.knownCatalog().series(subject, "CAPEX", "YEAR", "QUARTER", "MONTH"));
        String thesis = createThesis("Named periods", "NVDA");
        String kind = PeriodLabel.parse(period).kind().name();
        String trigger = createTrigger(thesis, aTrigger().on(subject, "CAPEX").kind(kind));
        report(thesis, aRiskEvent(trigger).observed(5.2, period, "2026-11-28T10:00:00Z").basis(basis), true);
        given().get("/api/v1/theses/{id}/journal", thesis).then()
                .body("items[0].note", containsString("fired [CRITICAL]: " + expected))
                .body("items[0].period", equalTo(period));
    }

    static Stream<Arguments> incompleteEvents() {
        String unknownTrigger = UUID.randomUUID().toString();
        return Stream.of(
                arguments("no eventId", firing(unknownTrigger).eventId(null), "eventId"),
                arguments("an unknown kind", firing(unknownTrigger).eventId("e1").kind("EXPLODED"), "kind"),
                arguments("an unknown basis", firing(unknownTrigger).eventId("e2").basis("LUNAR"), "basis"));
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
