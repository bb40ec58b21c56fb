package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.thesis.RiskEventJson.aRiskEvent;
import static io.thesiswatch.thesis.ThesisJson.aThesis;
import static io.thesiswatch.thesis.TriggerJson.aTrigger;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.thesiswatch.common.paging.PageParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No input gets a 5xx: what the API cannot take is a 400 problem naming the field, and nothing is stored. */
@QuarkusTest
class ContractEdgesTest extends ThesisTestSupport {

    /** With size 80, the offset of this page (2,147,483,680) is past the largest int. */
    private static final int OVERFLOWING_PAGE = 26_843_546;
    private static final int SIZE = 80;
    private static final String NUL = "\u0000";
    /** Past what PostgreSQL stores as a timestamp (the year 294276), though JSON and Java read it. */
    private static final String FAR_FUTURE = "+300000-01-01T00:00:00Z";

    private static ValidatableResponse refused(ValidatableResponse answer, String field) {
        return answer.statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    private static ValidatableResponse post(String path, Object body, Object... pathParams) {
        return given().contentType(ContentType.JSON).body(body).post(path, pathParams).then();
    }

    private static int journalSize(String thesis) {
        return given().get("/api/v1/theses/{id}/journal", thesis).then().statusCode(200).extract().path("total");
    }

    private static int triggerCount(String thesis) {
        return given().get("/api/v1/theses/{id}/triggers", thesis).then().statusCode(200).extract().path("size()");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/v1/theses", "/api/v1/theses/{id}/journal", "/api/v1/triggers"})
    void aPageWhoseOffsetWouldOverflowIsRefusedNamingPage(String list) {
        String path = list.replace("{id}", createThesis("Paged", "NVDA"));
        refused(given().queryParam("page", OVERFLOWING_PAGE).queryParam("size", SIZE).get(path).then(), "page")
                .body("errors[0].message", equalTo("must be between 0 and " + PageParams.MAX_PAGE));
        given().queryParam("page", PageParams.MAX_PAGE).queryParam("size", SIZE).get(path)
                .then().statusCode(200).body("items", empty()).body("page", equalTo(PageParams.MAX_PAGE));
    }

    @Test
    void theFeedsLargestPageAtItsLargestSizeIsAnswered() {
        given().queryParam("page", PageParams.MAX_PAGE).queryParam("size", 1000).get("/api/v1/triggers")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void aTitleWithANulIsRefusedAndNoThesisIsStored() {
        int before = thesisCount();
        refused(post("/api/v1/theses", aThesis("AI capex" + NUL + "cycle", "NVDA")), "title")
                .body("errors[0].message", containsString("U+0000 at position 9"));
        assertEquals(before, thesisCount());
    }

    @Test
    void aJournalNoteWithANulIsRefusedAndNothingIsWritten() {
        String thesis = createThesis("Clean notes", "NVDA");
        refused(post("/api/v1/theses/{id}/journal", Map.of("note", "capex" + NUL), thesis), "note")
                .body("errors[0].message", containsString("U+0000"));
        assertEquals(0, journalSize(thesis));
    }

    @Test
    void aNoteOnSeveralLinesIsStoredAsSent() {
        String thesis = createThesis("Long notes", "NVDA");
        String note = "Q3 capex guidance raised.\nNVIDIA's data-centre revenue too.\r\nHolding\tfor now.";
        String location = post("/api/v1/theses/{id}/journal", Map.of("note", note), thesis).statusCode(201)
                .body("note", equalTo(note)).extract().header("Location");
        given().get(location).then().statusCode(200).body("note", equalTo(note));
        given().get("/api/v1/theses/{id}/journal", thesis).then().body("items[0].note", equalTo(note));
    }

    @Test
    void aRiskEventIdWithANulIsRefusedAndNothingIsJournalled() {
        String thesis = createThesis("Clean events", "NVDA");
        RiskEventJson event = aRiskEvent(UUID.randomUUID().toString()).eventId("event" + NUL);
        refused(post("/api/v1/theses/{id}/risk-events", event, thesis), "eventId")
                .body("errors[0].message", containsString("U+0000"));
        assertEquals(0, journalSize(thesis));
    }

    @Test
    void aQueryParameterWithANulIsRefusedNamingIt() {
        refused(given().queryParam("company", "NV" + NUL + "DA").get("/api/v1/theses").then(), "company")
                .body("detail", containsString("U+0000"));
    }

    @Test
    void aPathParameterWithANulIsRefusedNamingIt() {
        refused(given().get("/api/v1/theses/{id}", NUL).then(), "id");
        refused(post("/api/v1/theses/{id}/journal", Map.of("note", "lost"), "x" + NUL), "id");
    }

    @Test
    void datesPastWhatCanBeStoredAreRefusedAndNothingIsStored() {
        int before = thesisCount();
        refused(post("/api/v1/theses", aThesis("Far horizon", "NVDA").horizon("+300000-12-31")), "horizon")
                .body("errors[0].message", equalTo("must be in the years 1 to 9999"));
        assertEquals(before, thesisCount());

        String thesis = createThesis("Far dates", "NVDA");
        refused(post("/api/v1/theses/{id}/triggers", aTrigger().snoozedUntil(FAR_FUTURE), thesis), "snoozedUntil");
        assertEquals(0, triggerCount(thesis));
        RiskEventJson event = aRiskEvent(UUID.randomUUID().toString()).observed(5.2, "2025", FAR_FUTURE);
        refused(post("/api/v1/theses/{id}/risk-events", event, thesis), "observedAt");
        assertEquals(0, journalSize(thesis));
    }

    @Test
    void numbersPastWhatCanBeStoredAreRefusedAndNothingIsStored() {
        String thesis = createThesis("Huge numbers", "NVDA");
        BigDecimal huge = new BigDecimal("1e200000");
        refused(post("/api/v1/theses/{id}/triggers", aTrigger().threshold(huge), thesis), "threshold");
        refused(post("/api/v1/theses/{id}/triggers", aTrigger().threshold(new BigDecimal("1e-20000")), thesis),
                "threshold");
        assertEquals(0, triggerCount(thesis));
        RiskEventJson event = aRiskEvent(UUID.randomUUID().toString()).value(huge);
        refused(post("/api/v1/theses/{id}/risk-events", event, thesis), "value");
        assertEquals(0, journalSize(thesis));
    }
}
