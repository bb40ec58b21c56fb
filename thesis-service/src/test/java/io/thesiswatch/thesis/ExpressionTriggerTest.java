package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.thesis.RiskEventJson.aRiskEvent;
import static io.thesiswatch.thesis.TriggerJson.aTrigger;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Triggers on expressions over series (README, "Expressions and backtests"). */
@QuarkusTest
class ExpressionTriggerTest extends ThesisTestSupport {

    private static final String SHARE = "{NVDA:CAPEX} / {BIG6:CAPEX} * 100";

    /** The lookups of series (a thesis' own lookup asks only for its companies). */
    private static List<JsonNode> seriesLookups() {
        return CompanyStub.lookups().stream().filter(lookup -> !lookup.get("metrics").isEmpty()).toList();
    }

    @Test
    void createsAnExpressionTriggerCheckingEveryReferenceInOneLookupAndListsItInTheFeed() {
        String thesis = createThesis("NVIDIA's share of the giants' capex", "NVDA");
        String trigger = given().contentType(ContentType.JSON)
                .body(aTrigger().onExpression(SHARE).unit("PERCENT").operator("LT").threshold(30))
                .post("/api/v1/theses/{id}/triggers", thesis).then().statusCode(201)
                .body("series.expression", equalTo(SHARE))
                .body("series.unit", equalTo("PERCENT"))
                .body("series.subject", nullValue()).body("series.transform", nullValue())
                .body("series.kind", equalTo("YEAR"))
                .body("series.basis", equalTo("CALENDAR"))
                .extract().path("id");

        List<JsonNode> lookups = seriesLookups();
        assertEquals(1, lookups.size());
        assertEquals("[\"NVDA\",\"BIG6\"]", lookups.get(0).get("subjects").toString());
        assertEquals("[\"CAPEX\"]", lookups.get(0).get("metrics").toString());
        given().queryParam("size", 1000).get("/api/v1/triggers").then().statusCode(200)
                .body("items.find { it.id == '" + trigger + "' }.series.expression", equalTo(SHARE));
        given().get("/api/v1/triggers/{id}", trigger).then().statusCode(200)
                .body("series.expression", equalTo(SHARE)).body("thesisTitle", equalTo("NVIDIA's share of the giants' "
                        + "capex"));
        given().get("/api/v1/triggers/{id}", java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void oneSubjectsExpressionIsReadOnItsOwnFiscalBasis() {
        String thesis = createThesis("Capex against its own share", "NVDA");
        given().contentType(ContentType.JSON)
                .body(aTrigger().onExpression("{NVDA:CAPEX:YOY_PCT} - {NVDA:MODEL_PC_SHARE}").operator("LT")
                        .threshold(0))
                .post("/api/v1/theses/{id}/triggers", thesis).then().statusCode(201)
                .body("series.basis", equalTo("FISCAL"))
                .body("series.unit", nullValue());
    }

    @Test
    void aBadTokenIsA400NamingItAndNothingIsAskedOrStored() {
        String thesis = createThesis("Bad token", "NVDA");
        given().contentType(ContentType.JSON).body(aTrigger().onExpression("{NVDA:CAPEX} ^ 2"))
                .post("/api/v1/theses/{id}/triggers", thesis).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("series.expression"))
                .body("errors[0].message", containsString("'^'"));
        given().contentType(ContentType.JSON).body(aTrigger().onExpression("{NVDA:capex} / 2"))
                .post("/api/v1/theses/{id}/triggers", thesis).then().statusCode(400)
                .body("errors[0].message", containsString("'{NVDA:capex}': 'capex' is not a metric code"));
        given().contentType(ContentType.JSON).body(aTrigger().onExpression("{NVDA:CAPEX}" + " + 1".repeat(200)))
                .post("/api/v1/theses/{id}/triggers", thesis).then().statusCode(400)
                .body("errors[0].field", equalTo("series.expression"))
                .body("errors[0].message", containsString("longer than 500 characters"));
        assertEquals(List.of(), seriesLookups());
        given().get("/api/v1/theses/{t}/triggers", thesis).then().body("$", empty());
    }

    @Test
    void anUnknownCodeOrABasisAReferenceLacksIsA400NamingTheReference() {
        String thesis = createThesis("Unknown code", "NVDA");
        given().contentType(ContentType.JSON).body(aTrigger().onExpression("{NOPE:CAPEX} / {NVDA:NO_SUCH}"))
                .post("/api/v1/theses/{id}/triggers", thesis).then().statusCode(400)
                .body("errors.message", hasItem("'{NOPE:CAPEX}': unknown subject 'NOPE'"))
                .body("errors.message", hasItem("'{NVDA:NO_SUCH}': unknown metric 'NO_SUCH'"));
        given().contentType(ContentType.JSON).body(aTrigger().onExpression(SHARE).basis("FISCAL"))
                .post("/api/v1/theses/{id}/triggers", thesis).then().statusCode(400)
                .body("errors[0].field", equalTo("series.basis"))
                .body("errors[0].message", containsString("'{BIG6:CAPEX}'"));
        given().get("/api/v1/theses/{t}/triggers", thesis).then().body("$", empty());
    }

    @Test
    void anExpressionTakesNoSubjectOrTransformAndNeedsAKind() {
        String thesis = createThesis("Mixed", "NVDA");
        given().contentType(ContentType.JSON)
                .body(aTrigger().onExpression(SHARE).on("NVDA", "CAPEX").transform("YOY_PCT").kind(null))
                .post("/api/v1/theses/{id}/triggers", thesis).then().statusCode(400)
                .body("errors.field", hasItem("series.subject"))
                .body("errors.field", hasItem("series.metric"))
                .body("errors.field", hasItem("series.transform"))
                .body("errors.field", hasItem("series.kind"));
        given().contentType(ContentType.JSON).body(aTrigger().on(null, null))
                .post("/api/v1/theses/{id}/triggers", thesis).then().statusCode(400)
                .body("errors.field", hasItem("series.subject"));
        given().get("/api/v1/theses/{t}/triggers", thesis).then().body("$", empty());
    }

    @Test
    void theJournalShowsTheExpressionInWords() {
        String thesis = createThesis("Journal", "NVDA");
        String trigger = createTrigger(thesis, aTrigger().onExpression(SHARE).operator("LT").threshold(30));
        given().contentType(ContentType.JSON).body(aRiskEvent(trigger).observed(24.5, "2024", "2026-11-28T10:00:00Z")
                        .seriesInWords("NVDA Capital expenditure / BIG6 Capital expenditure * 100"))
                .post("/api/v1/theses/{id}/risk-events", thesis).then().statusCode(202);
        given().get("/api/v1/theses/{id}/journal", thesis).then()
                .body("items[0].note", equalTo("Trigger 'Capex cycle ends' (NVDA Capital expenditure / BIG6 Capital "
                        + "expenditure * 100 LT 30) fired [CRITICAL]: value 24.5 in calendar 2024"));
    }
}
