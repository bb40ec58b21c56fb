package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.thesis.TriggerJson.aTrigger;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class TriggerResourceTest extends ThesisTestSupport {

    static Stream<Arguments> fieldsThatDoNotFitTogether() {
        return Stream.of(
                arguments("a window without CHANGE_PCT", aTrigger().window(4), "series.window"),
                arguments("CHANGE_PCT without a window", aTrigger().transform("CHANGE_PCT"), "series.window"),
                arguments("a clearThreshold past a GT threshold",
                        aTrigger().on("NVDA", "MODEL_PC_SHARE").transform("VALUE").operator("GT").threshold(25)
                                .clearThreshold(27),
                        "clearThreshold"),
                arguments("a clearThreshold past an LT threshold", aTrigger().clearThreshold(8), "clearThreshold"),
                arguments("forPeriods above 1 with a crossing",
                        aTrigger().operator("CROSSES_BELOW").forPeriods(2), "forPeriods"),
                arguments("forPeriods 0", aTrigger().forPeriods(0), "forPeriods"),
                arguments("an unknown operator", aTrigger().operator("BELOW"), "operator"),
                arguments("a threshold that is not a number", aTrigger().threshold("ten"), "threshold"),
                arguments("no threshold", aTrigger().threshold(null), "threshold"));
    }

    @ParameterizedTest(name = "{0} is refused, naming {2}")
    @MethodSource("fieldsThatDoNotFitTogether")
    void rejectsFieldsThatDoNotFitTogetherNamingTheField(String why, TriggerJson trigger, String field) {
        String thesis = createThesis("Rules", "NVDA");
        given().contentType(ContentType.JSON).body(trigger).post("/api/v1/theses/{id}/triggers", thesis)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        given().get("/api/v1/theses/{t}/triggers", thesis).then().body("$", empty());
    }

    @Test
    void createsATriggerWithSensibleDefaults() {
        String thesis = createThesis("Capex", "NVDA");
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(aTrigger())
                .post("/api/v1/theses/{id}/triggers", thesis)
                .then().statusCode(201)
                .header("Location", containsString("/triggers/"))
                .body("forPeriods", equalTo(1))
                .body("severity", equalTo("WARNING"))
                .body("enabled", equalTo(true))
                .body("thesisId", equalTo(thesis))
                .body("thesisTitle", equalTo("Capex"))
                .body("series.transform", equalTo("YOY_PCT"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/api/v1/theses/" + thesis + "/triggers/" + id));
        given().get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(id)).body("operator", equalTo("LT"));
        given().get("/api/v1/theses/{t}/triggers", thesis).then().statusCode(200).body("id", contains(id));
    }

    @Test
    void acceptsAClearThresholdOnTheSafeSide() {
        String thesis = createThesis("Hysteresis", "NVDA");
        createTrigger(thesis, aTrigger().on("BIG6", "MODEL_PC_SHARE").transform("VALUE").operator("GT").threshold(25)
                .clearThreshold(23));
        createTrigger(thesis, aTrigger().transform("CHANGE_PCT").window(4).clearThreshold(12));
    }

    @Test
    void rejectsAnUnknownSubjectOrMetricNamingItAndStoresNothing() {
        String thesis = createThesis("Unknown series", "NVDA");
        TriggerJson unknownSubject = aTrigger().on("NOPE", "CAPEX").transform("VALUE").operator("GT").threshold(1);
        TriggerJson unknownMetric = aTrigger().on("NVDA", "NO_SUCH").transform("VALUE").operator("GT").threshold(1);
        given().contentType(ContentType.JSON).body(unknownSubject)
                .post("/api/v1/theses/{id}/triggers", thesis)
                .then().statusCode(400).body("errors[0].field", equalTo("series.subject"))
                .body("errors[0].message", containsString("NOPE"));
        given().contentType(ContentType.JSON).body(unknownMetric)
                .post("/api/v1/theses/{id}/triggers", thesis)
                .then().statusCode(400).body("errors[0].field", equalTo("series.metric"));
        given().get("/api/v1/theses/{t}/triggers", thesis).then().body("$", empty());
    }

    @Test
    void answers503AndStoresNothingWhenCompanyServiceIsDown() {
        String thesis = createThesis("Down", "NVDA");
        CompanyStub.down();
        given().contentType(ContentType.JSON).body(aTrigger())
                .post("/api/v1/theses/{id}/triggers", thesis)
                .then().spec(companyServiceUnavailable());
        CompanyStub.up();
        given().get("/api/v1/theses/{t}/triggers", thesis).then().body("$", empty());
    }

    @Test
    void answersNotModifiedWhileTheTriggersOfAThesisAreUnchanged() {
        String thesis = createThesis("Watched", "NVDA");
        createTrigger(thesis, aTrigger());
        String etag = given().get("/api/v1/theses/{t}/triggers", thesis).then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/theses/{t}/triggers", thesis)
                .then().statusCode(304).body(emptyString());

        createTrigger(thesis, aTrigger().threshold(5));
        given().header("If-None-Match", etag).get("/api/v1/theses/{t}/triggers", thesis)
                .then().statusCode(200).header("ETag", not(equalTo(etag))).body("$", hasSize(2));
    }

    @Test
    void updatesAndDeletesATriggerOnlyThroughItsOwnThesis() {
        String thesis = createThesis("Owner", "NVDA");
        String other = createThesis("Other", "NVDA");
        String id = createTrigger(thesis, aTrigger());
        TriggerJson update = aTrigger().threshold(5).severity("CRITICAL").version(0);
        given().contentType(ContentType.JSON).body(update).put("/api/v1/theses/{t}/triggers/{id}", thesis, id)
                .then().statusCode(200).body("threshold", equalTo(5)).body("severity", equalTo("CRITICAL"))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(update).put("/api/v1/theses/{t}/triggers/{id}", thesis, id)
                .then().statusCode(409);
        given().get("/api/v1/theses/{t}/triggers/{id}", other, id).then().statusCode(404);
        given().delete("/api/v1/theses/{t}/triggers/{id}", other, id).then().statusCode(404);
        given().delete("/api/v1/theses/{t}/triggers/{id}", thesis, id).then().statusCode(204);
        given().get("/api/v1/theses/{t}/triggers/{id}", thesis, id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(aTrigger())
                .post("/api/v1/theses/{id}/triggers", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listsEnabledUnsnoozedTriggersAcrossThesesWithTheirThesis() {
        String thesis = createThesis("Feed", "NVDA", "AVGO");
        String active = createTrigger(thesis, aTrigger());
        String off = createTrigger(thesis, aTrigger().enabled(false));
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String sleeping = createTrigger(thesis, aTrigger().snoozedUntil(tomorrow));

        String activeItem = "items.find { it.id == '" + active + "' }";
        given().queryParam("enabled", true).queryParam("size", 1000).get("/api/v1/triggers")
                .then().statusCode(200)
                .body("items.id", hasItem(active))
                .body("items.id", not(hasItem(off)))
                .body("items.id", not(hasItem(sleeping)))
                .body(activeItem + ".thesisTitle", equalTo("Feed"))
                .body(activeItem + ".thesisStatus", equalTo("ACTIVE"))
                .body(activeItem + ".thesisCompanies", contains("NVDA", "AVGO"));
        given().queryParam("enabled", false).queryParam("size", 1000).get("/api/v1/triggers")
                .then().body("items.id", hasItems(off, sleeping));
        // what alert-service reads: snoozed triggers are checked too (their alerts are held back), with their snooze
        given().queryParam("enabled", true).queryParam("includeSnoozed", true).queryParam("size", 1000)
                .get("/api/v1/triggers").then().statusCode(200)
                .body("items.id", hasItems(active, sleeping))
                .body("items.id", not(hasItem(off)))
                .body("items.find { it.id == '" + sleeping + "' }.snoozedUntil", equalTo(tomorrow));
        given().queryParam("enabled", false).queryParam("includeSnoozed", true).queryParam("size", 1000)
                .get("/api/v1/triggers").then().body("items.id", hasItem(off)).body("items.id", not(hasItem(sleeping)));
    }

    @Test
    void pagesTheFeedInAStableOrderAndCapsThePageSize() {
        String thesis = createThesis("Paging", "NVDA");
        for (int i = 0; i < 3; i++) {
            createTrigger(thesis, aTrigger().threshold(i));
        }
        List<String> all = given().queryParam("size", 1000).get("/api/v1/triggers").then().extract().path("items.id");
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.naturalOrder()); // PostgreSQL orders UUIDs by their bytes, as their hex text sorts
        assertEquals(sorted, all);
        given().queryParam("size", 2).queryParam("page", 1).get("/api/v1/triggers")
                .then().body("items.id", contains(all.get(2), all.get(3)));
        given().queryParam("size", 1001).get("/api/v1/triggers").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
