package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.thesis.CompanyStub.knownCatalog;
import static io.thesiswatch.thesis.TriggerJson.aTrigger;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.thesiswatch.thesis.service.TriggerKindBackfill;
import org.junit.jupiter.api.Test;

/** Triggers from before kinds and bases existed get theirs from company-service, never from its tables. */
@QuarkusTest
class TriggerKindBackfillTest extends ThesisTestSupport {

    private static long backfill() {
        return Arc.container().instance(TriggerKindBackfill.class).get().fillMissing();
    }

    private static ValidatableResponse trigger(String thesis, String id) {
        return given().get("/api/v1/theses/{t}/triggers/{id}", thesis, id).then().statusCode(200);
    }

    private static List<String> seriesAsked(JsonNode lookup) {
        return lookup.get("series").findValuesAsText("subject").stream().toList();
    }

    @Test
    void fillsKindsAndBasesWithOneCallToCompanyService() {
        CompanyStub.Catalog catalog = knownCatalog()
                .series("NVDA", "CAPEX", "QUARTER")
                .series("NVDA", "MODEL_PC_SHARE", "QUARTER", "YEAR")
                .series("AVGO", "CAPEX", "DAY", "MONTH")
                .series("SMCI", "CAPEX");
        CompanyStub.up(catalog);
        String thesis = createThesis("From before kinds", "NVDA");
        String quarterly = createTrigger(thesis, aTrigger().on("NVDA", "CAPEX"));
        String annual = createTrigger(thesis, aTrigger().on("BIG6", "CAPEX"));
        String both = createTrigger(thesis, aTrigger().on("NVDA", "MODEL_PC_SHARE").kind("QUARTER"));
        String monthsAndDays = createTrigger(thesis, aTrigger().on("AVGO", "CAPEX").kind("DAY"));
        String noData = createTrigger(thesis, aTrigger().on("SMCI", "CAPEX").kind("QUARTER"));
        TriggerRows.forgetPeriods(quarterly, annual, both, monthsAndDays, noData);
        CompanyStub.up(catalog);

        backfill();

        trigger(thesis, quarterly).body("series.kind", equalTo("QUARTER")).body("series.basis", equalTo("FISCAL"))
                .body("version", equalTo(0));
        trigger(thesis, annual).body("series.kind", equalTo("YEAR")).body("series.basis", equalTo("CALENDAR"));
        trigger(thesis, both).body("series.kind", equalTo("YEAR"));
        trigger(thesis, monthsAndDays).body("series.kind", equalTo("MONTH"));
        trigger(thesis, noData).body("series.kind", nullValue()).body("series.basis", equalTo("FISCAL"));
        List<JsonNode> lookups = CompanyStub.lookups();
        assertEquals(1, lookups.size());
        assertThat(seriesAsked(lookups.get(0)), hasItems("NVDA", "BIG6", "AVGO", "SMCI"));

        CompanyStub.up(catalog.series("SMCI", "CAPEX", "QUARTER"));
        backfill();
        trigger(thesis, noData).body("series.kind", equalTo("QUARTER"));
        given().delete("/api/v1/theses/{id}", thesis).then().statusCode(204);
    }

    @Test
    void leavesThemWithoutWhenCompanyServiceIsDownAndFillsThemOnALaterRun() {
        String thesis = createThesis("Backfill down", "NVDA");
        String id = createTrigger(thesis, aTrigger().on("NVDA", "CAPEX"));
        TriggerRows.forgetPeriods(id);
        CompanyStub.down();

        assertTrue(backfill() > 0);

        CompanyStub.up();
        trigger(thesis, id).body("series.kind", nullValue()).body("series.basis", nullValue());
        backfill();
        trigger(thesis, id).body("series.kind", equalTo("YEAR")).body("series.basis", equalTo("FISCAL"));
    }

    @Test
    void asksAboutAtMostAThousandSeriesPerCall() {
        String thesis = createThesis("Many old triggers", "NVDA");
        TriggerRows.insertWithoutPeriods(thesis, "OLD", 1001);
        CompanyStub.up();

        backfill();

        List<JsonNode> lookups = CompanyStub.lookups();
        assertEquals(2, lookups.size());
        assertThat(seriesAsked(lookups.get(0)), hasSize(1000));
        List<String> asked = lookups.stream().flatMap(lookup -> seriesAsked(lookup).stream()).toList();
        assertThat(asked, hasItems(IntStream.rangeClosed(1, 1001).mapToObj(n -> "OLD" + n).toArray(String[]::new)));
        given().delete("/api/v1/theses/{id}", thesis).then().statusCode(204);
    }
}
