package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.thesis.CompanyStub.knownCatalog;
import static io.thesiswatch.thesis.TriggerJson.aTrigger;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kind of period a trigger watches and the basis it reads it on. */
@QuarkusTest
class TriggerPeriodsTest extends ThesisTestSupport {

    private static ValidatableResponse put(String thesis, String trigger, TriggerJson body) {
        return given().contentType(ContentType.JSON).body(body)
                .put("/api/v1/theses/{t}/triggers/{id}", thesis, trigger).then();
    }

    private static ValidatableResponse get(String thesis, String trigger) {
        return given().get("/api/v1/theses/{t}/triggers/{id}", thesis, trigger).then().statusCode(200);
    }

    private static String violation(String field) {
        return "errors.find { it.field == '" + field + "' }.message";
    }

    static Stream<Arguments> seriesWithOneKind() {
        return Stream.of(
                arguments("BIG6", "YEAR", "CALENDAR"),
                arguments("NVDA", "QUARTER", "FISCAL"));
    }

    @ParameterizedTest(name = "{0}: the only kind {1}, default basis {2}")
    @MethodSource("seriesWithOneKind")
    void takesTheOnlyKindOfTheSeriesAndTheDefaultBasisOfItsSubject(String subject, String kind, String basis) {
        CompanyStub.up(knownCatalog().series(subject, "CAPEX", kind));
        String thesis = createThesis("Defaults", "NVDA");
        String id = given().contentType(ContentType.JSON).body(aTrigger().on(subject, "CAPEX"))
                .post("/api/v1/theses/{id}/triggers", thesis)
                .then().statusCode(201)
                .body("series.kind", equalTo(kind))
                .body("series.basis", equalTo(basis))
                .extract().path("id");
        String feedItem = "items.find { it.id == '" + id + "' }";
        given().queryParam("size", 1000).get("/api/v1/triggers").then().statusCode(200)
                .body(feedItem + ".series.kind", equalTo(kind))
                .body(feedItem + ".series.basis", equalTo(basis));
    }

    @Test
    void keepsTheKindAndBasisAsked() {
        CompanyStub.up(knownCatalog().series("NVDA", "CAPEX", "YEAR", "QUARTER"));
        String thesis = createThesis("Asked", "NVDA");
        String id = createTrigger(thesis, aTrigger().on("NVDA", "CAPEX").kind("QUARTER").basis("CALENDAR"));
        get(thesis, id).body("series.kind", equalTo("QUARTER")).body("series.basis", equalTo("CALENDAR"));
    }

    @Test
    void acceptsAKindBeforeTheSeriesHasData() {
        CompanyStub.up(knownCatalog().series("NVDA", "CAPEX"));
        String thesis = createThesis("Early", "NVDA");
        String id = createTrigger(thesis, aTrigger().on("NVDA", "CAPEX").kind("MONTH"));
        get(thesis, id).body("series.kind", equalTo("MONTH")).body("series.basis", equalTo("FISCAL"));
    }

    static Stream<Arguments> periodsThatCannotBeTold() {
        return Stream.of(
                arguments("no kind on a series with several",
                        knownCatalog().series("NVDA", "CAPEX", "QUARTER", "YEAR"), aTrigger().on("NVDA", "CAPEX"),
                        "series.kind", "is required: the series has YEAR and QUARTER periods"),
                arguments("no kind on a series without data", knownCatalog().series("NVDA", "CAPEX"),
                        aTrigger().on("NVDA", "CAPEX"), "series.kind", "is required while the series has no data"),
                arguments("FISCAL on a group whose members' year ends differ", knownCatalog(),
                        aTrigger().basis("FISCAL"), "series.basis",
                        "FISCAL is not available for BIG6 CAPEX (the fiscal year ends of BIG6's members differ); "
                                + "use CALENDAR"),
                arguments("an unknown kind", knownCatalog(), aTrigger().kind("WEEK"), "series.kind",
                        "must be one of [YEAR, QUARTER, MONTH, DAY]"),
                arguments("an unknown basis", knownCatalog(), aTrigger().basis("LUNAR"), "series.basis",
                        "must be one of [FISCAL, CALENDAR]"));
    }

    @ParameterizedTest(name = "{0} is refused, naming {3}")
    @MethodSource("periodsThatCannotBeTold")
    void refusesAPeriodThatCannotBeToldNamingTheFieldAndStoresNothing(String why, CompanyStub.Catalog catalog,
            TriggerJson trigger, String field, String message) {
        CompanyStub.up(catalog);
        String thesis = createThesis("Refused", "NVDA");
        given().contentType(ContentType.JSON).body(trigger).post("/api/v1/theses/{id}/triggers", thesis)
                .then().statusCode(400).contentType("application/problem+json")
                .body(violation(field), equalTo(message));
        given().get("/api/v1/theses/{t}/triggers", thesis).then().body("$", empty());
    }

    @Test
    void neverChangesTheKind() {
        String thesis = createThesis("Kind", "NVDA");
        String id = createTrigger(thesis, aTrigger().on("NVDA", "CAPEX"));
        put(thesis, id, aTrigger().on("NVDA", "CAPEX").kind("QUARTER").threshold(5))
                .statusCode(400).contentType("application/problem+json")
                .body(violation("series.kind"), equalTo("cannot change; create a new trigger"));
        get(thesis, id).body("series.kind", equalTo("YEAR")).body("threshold", equalTo(10))
                .body("version", equalTo(0));

        put(thesis, id, aTrigger().on("NVDA", "CAPEX").kind("YEAR").threshold(5)).statusCode(200)
                .body("series.kind", equalTo("YEAR"));
        put(thesis, id, aTrigger().on("NVDA", "CAPEX").threshold(6)).statusCode(200)
                .body("series.kind", equalTo("YEAR")).body("threshold", equalTo(6));
    }

    @Test
    void changesTheBasisOnlyToOneTheSeriesCanBeReadOn() {
        String thesis = createThesis("Basis", "NVDA");
        String id = createTrigger(thesis, aTrigger().on("NVDA", "CAPEX"));
        put(thesis, id, aTrigger().on("NVDA", "CAPEX").basis("CALENDAR")).statusCode(200)
                .body("series.basis", equalTo("CALENDAR"));
        put(thesis, id, aTrigger().on("NVDA", "CAPEX")).statusCode(200).body("series.basis", equalTo("CALENDAR"));
        put(thesis, id, aTrigger().on("NVDA", "CAPEX").basis("FISCAL")).statusCode(200)
                .body("series.basis", equalTo("FISCAL"));

        put(thesis, id, aTrigger().on("BIG6", "CAPEX").basis("FISCAL")).statusCode(400)
                .body(violation("series.basis"), containsString("BIG6's members differ"));
        put(thesis, id, aTrigger().on("BIG6", "CAPEX")).statusCode(400)
                .body(violation("series.basis"), containsString("use CALENDAR"));
        get(thesis, id).body("series.subject", equalTo("NVDA")).body("series.basis", equalTo("FISCAL"))
                .body("version", equalTo(3));

        put(thesis, id, aTrigger().on("BIG6", "CAPEX").basis("CALENDAR")).statusCode(200)
                .body("series.subject", equalTo("BIG6")).body("series.basis", equalTo("CALENDAR"));
    }

    @Test
    void answers503AndChangesNothingWhenTheNewBasisCannotBeChecked() {
        String thesis = createThesis("Basis down", "NVDA");
        String id = createTrigger(thesis, aTrigger().on("NVDA", "CAPEX"));
        CompanyStub.down();
        put(thesis, id, aTrigger().on("NVDA", "CAPEX").basis("CALENDAR")).spec(companyServiceUnavailable());
        CompanyStub.up();
        get(thesis, id).body("series.basis", equalTo("FISCAL")).body("version", equalTo(0));
    }

    @Test
    void aTriggerFromBeforeKindsTakesTheKindAnUpdateGives() {
        String thesis = createThesis("Old trigger", "NVDA");
        String id = createTrigger(thesis, aTrigger().on("NVDA", "CAPEX"));
        TriggerRows.forgetPeriods(id);
        get(thesis, id).body("series.kind", nullValue()).body("series.basis", nullValue());
        put(thesis, id, aTrigger().on("NVDA", "CAPEX").kind("QUARTER")).statusCode(200)
                .body("series.kind", equalTo("QUARTER")).body("series.basis", nullValue());
    }
}
