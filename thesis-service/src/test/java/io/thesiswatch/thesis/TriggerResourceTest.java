package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TriggerResourceTest extends ThesisTestSupport {

    private static void rejected(String thesisId, Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).post("/api/v1/theses/{id}/triggers", thesisId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> series(Map<String, Object> trigger) {
        return (Map<String, Object>) trigger.get("series");
    }

    @Test
    void createsATriggerWithSensibleDefaults() {
        String thesis = createThesis("Capex", "NVDA");
        String id = given().contentType(ContentType.JSON).body(trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10))
                .post("/api/v1/theses/{id}/triggers", thesis)
                .then().statusCode(201)
                .header("Location", containsString("/triggers/"))
                .body("forPeriods", equalTo(1))
                .body("severity", equalTo("WARNING"))
                .body("enabled", equalTo(true))
                .body("thesisId", equalTo(thesis))
                .body("thesisTitle", equalTo("Capex"))
                .body("series.transform", equalTo("YOY_PCT"))
                .extract().path("id");
        given().get("/api/v1/theses/{t}/triggers/{id}", thesis, id).then().statusCode(200).body("operator", equalTo("LT"));
        given().get("/api/v1/theses/{t}/triggers", thesis).then().statusCode(200).body("id", contains(id));
    }

    @Test
    void rejectsFieldsThatDoNotFitTogetherNamingTheField() {
        String thesis = createThesis("Rules", "NVDA");
        Map<String, Object> body = trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10);
        series(body).put("window", 4);
        rejected(thesis, body, "series.window");

        body = trigger("BIG6", "CAPEX", "CHANGE_PCT", "LT", 10);
        rejected(thesis, body, "series.window");

        body = trigger("NVDA", "MODEL_PC_SHARE", "VALUE", "GT", 25);
        body.put("clearThreshold", 27);
        rejected(thesis, body, "clearThreshold");

        body = trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10);
        body.put("clearThreshold", 8);
        rejected(thesis, body, "clearThreshold");

        body = trigger("BIG6", "CAPEX", "YOY_PCT", "CROSSES_BELOW", 10);
        body.put("forPeriods", 2);
        rejected(thesis, body, "forPeriods");

        body = trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10);
        body.put("forPeriods", 0);
        rejected(thesis, body, "forPeriods");

        body = trigger("BIG6", "CAPEX", "YOY_PCT", "BELOW", 10);
        rejected(thesis, body, "operator");

        body = trigger("BIG6", "CAPEX", "YOY_PCT", "LT", "ten");
        rejected(thesis, body, "threshold");

        body = trigger("BIG6", "CAPEX", "YOY_PCT", "LT", null);
        rejected(thesis, body, "threshold");

        given().get("/api/v1/theses/{t}/triggers", thesis).then().body("$", empty());
    }

    @Test
    void acceptsAClearThresholdOnTheSafeSide() {
        String thesis = createThesis("Hysteresis", "NVDA");
        Map<String, Object> body = trigger("BIG6", "MODEL_PC_SHARE", "VALUE", "GT", 25);
        body.put("clearThreshold", 23);
        createTrigger(thesis, body);
        body = trigger("BIG6", "CAPEX", "CHANGE_PCT", "LT", 10);
        series(body).put("window", 4);
        body.put("clearThreshold", 12);
        createTrigger(thesis, body);
    }

    @Test
    void rejectsAnUnknownSubjectOrMetricNamingItAndStoresNothing() {
        String thesis = createThesis("Unknown series", "NVDA");
        given().contentType(ContentType.JSON).body(trigger("NOPE", "CAPEX", "VALUE", "GT", 1))
                .post("/api/v1/theses/{id}/triggers", thesis)
                .then().statusCode(400).body("errors[0].field", equalTo("series.subject"))
                .body("errors[0].message", containsString("NOPE"));
        given().contentType(ContentType.JSON).body(trigger("NVDA", "NO_SUCH", "VALUE", "GT", 1))
                .post("/api/v1/theses/{id}/triggers", thesis)
                .then().statusCode(400).body("errors[0].field", equalTo("series.metric"));
        given().get("/api/v1/theses/{t}/triggers", thesis).then().body("$", empty());
    }

    @Test
    void answers503AndStoresNothingWhenCompanyServiceIsDown() {
        String thesis = createThesis("Down", "NVDA");
        CompanyStub.down();
        given().contentType(ContentType.JSON).body(trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10))
                .post("/api/v1/theses/{id}/triggers", thesis)
                .then().statusCode(503).contentType("application/problem+json");
        CompanyStub.up();
        given().get("/api/v1/theses/{t}/triggers", thesis).then().body("$", empty());
    }

    @Test
    void updatesAndDeletesATriggerOnlyThroughItsOwnThesis() {
        String thesis = createThesis("Owner", "NVDA");
        String other = createThesis("Other", "NVDA");
        String id = createTrigger(thesis, trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10));
        Map<String, Object> body = trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 5);
        body.put("severity", "CRITICAL");
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).put("/api/v1/theses/{t}/triggers/{id}", thesis, id)
                .then().statusCode(200).body("threshold", equalTo(5)).body("severity", equalTo("CRITICAL"))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(body).put("/api/v1/theses/{t}/triggers/{id}", thesis, id)
                .then().statusCode(409);
        given().get("/api/v1/theses/{t}/triggers/{id}", other, id).then().statusCode(404);
        given().delete("/api/v1/theses/{t}/triggers/{id}", other, id).then().statusCode(404);
        given().delete("/api/v1/theses/{t}/triggers/{id}", thesis, id).then().statusCode(204);
        given().get("/api/v1/theses/{t}/triggers/{id}", thesis, id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10))
                .post("/api/v1/theses/{id}/triggers", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listsEnabledUnsnoozedTriggersAcrossThesesWithTheirThesis() {
        String thesis = createThesis("Feed", "NVDA", "AVGO");
        String active = createTrigger(thesis, trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10));
        Map<String, Object> disabled = trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10);
        disabled.put("enabled", false);
        String off = createTrigger(thesis, disabled);
        Map<String, Object> snoozed = trigger("BIG6", "CAPEX", "YOY_PCT", "LT", 10);
        snoozed.put("snoozedUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        String sleeping = createTrigger(thesis, snoozed);

        given().queryParam("enabled", true).queryParam("size", 1000).get("/api/v1/triggers")
                .then().statusCode(200)
                .body("items.id", hasItem(active))
                .body("items.id", not(hasItem(off)))
                .body("items.id", not(hasItem(sleeping)))
                .body("items.find { it.id == '" + active + "' }.thesisTitle", equalTo("Feed"))
                .body("items.find { it.id == '" + active + "' }.thesisStatus", equalTo("ACTIVE"))
                .body("items.find { it.id == '" + active + "' }.thesisCompanies", contains("NVDA", "AVGO"));
        given().queryParam("enabled", false).queryParam("size", 1000).get("/api/v1/triggers")
                .then().body("items.id", hasItems(off, sleeping));
    }

    @Test
    void pagesTheFeedInAStableOrderAndCapsThePageSize() {
        String thesis = createThesis("Paging", "NVDA");
        for (int i = 0; i < 3; i++) {
            createTrigger(thesis, trigger("BIG6", "CAPEX", "YOY_PCT", "LT", i));
        }
        java.util.List<String> all = given().queryParam("size", 1000).get("/api/v1/triggers").then().extract().path("items.id");
        java.util.List<String> sorted = new java.util.ArrayList<>(all);
        sorted.sort(java.util.Comparator.naturalOrder()); // PostgreSQL orders UUIDs by their bytes, as their hex text sorts
        org.junit.jupiter.api.Assertions.assertEquals(sorted, all);
        given().queryParam("size", 2).queryParam("page", 1).get("/api/v1/triggers")
                .then().body("items.id", contains(all.get(2), all.get(3)));
        given().queryParam("size", 1001).get("/api/v1/triggers").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
