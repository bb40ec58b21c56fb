package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.thesis.ThesisJson.aThesis;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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
class ThesisResourceTest extends ThesisTestSupport {

    private static final String TOO_LONG_TITLE = "t".repeat(201);

    @Test
    void createsAnActiveThesisAtVersionZero() {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(aThesis("AI capex cycle", "NVDA", "AVGO", "NVDA"))
                .post("/api/v1/theses")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/theses/"))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0))
                .body("companies", contains("NVDA", "AVGO"))
                .body("owner", notNullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/api/v1/theses/" + id));
        given().get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(id)).body("title", equalTo("AI capex cycle"))
                .body("horizon", equalTo("2027-12-31"));
    }

    @Test
    void rejectsUnknownCompaniesNamingThemAndStoresNothing() {
        int before = thesisCount();
        given().contentType(ContentType.JSON).body(aThesis("x", "NVDA", "NOPE"))
                .post("/api/v1/theses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("companies[1]"))
                .body("errors[0].message", containsString("NOPE"));
        given().contentType(ContentType.JSON).body(aThesis("x", "BIG6"))
                .post("/api/v1/theses")
                .then().statusCode(400).body("errors[0].field", equalTo("companies[0]"));
        assertEquals(before, thesisCount());
    }

    /** A field the body cannot even be read with is named alone, before the rules of the other fields. */
    static Stream<Arguments> unreadableFields() {
        return Stream.of(
                arguments("an unknown stance", aThesis(TOO_LONG_TITLE, "NVDA").conviction(6).stance("MAYBE"),
                        "stance"),
                arguments("a horizon that is not a date",
                        aThesis(TOO_LONG_TITLE, "NVDA").conviction(6).horizon("next year"), "horizon"));
    }

    @ParameterizedTest(name = "{0} is refused, naming {2}")
    @MethodSource("unreadableFields")
    void rejectsAnUnreadableFieldNamingItFirst(String why, ThesisJson thesis, String field) {
        given().contentType(ContentType.JSON).body(thesis).post("/api/v1/theses")
                .then().statusCode(400).body("errors[0].field", equalTo(field));
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                arguments("a title too long and a conviction of 6",
                        aThesis(TOO_LONG_TITLE, "NVDA").conviction(6).withoutHorizon(),
                        new String[] {"title", "conviction"}),
                arguments("no companies", aThesis("ok"), new String[] {"companies"}));
    }

    @ParameterizedTest(name = "{0} is refused, naming {2}")
    @MethodSource("invalidFields")
    void rejectsInvalidFieldsListingEach(String why, ThesisJson thesis, String[] fields) {
        given().contentType(ContentType.JSON).body(thesis).post("/api/v1/theses")
                .then().statusCode(400).body("errors.field", hasItems(fields));
    }

    @Test
    void answers503AndStoresNothingWhenCompanyServiceIsDown() {
        int before = thesisCount();
        CompanyStub.down();
        given().contentType(ContentType.JSON).body(aThesis("while down", "NVDA"))
                .post("/api/v1/theses")
                .then().spec(companyServiceUnavailable())
                .body("detail", containsString("company-service"));
        CompanyStub.failing();
        given().contentType(ContentType.JSON).body(aThesis("while failing", "NVDA"))
                .post("/api/v1/theses")
                .then().spec(companyServiceUnavailable());
        CompanyStub.up();
        assertEquals(before, thesisCount());
    }

    @Test
    void answers503AndChangesNothingWhenAddedCompaniesCannotBeChecked() {
        String id = createThesis("Growing", "NVDA");
        CompanyStub.down();
        given().contentType(ContentType.JSON).body(aThesis("Grown", "NVDA", "SMCI").version(0))
                .put("/api/v1/theses/" + id)
                .then().spec(companyServiceUnavailable());
        given().contentType(ContentType.JSON).body(aThesis("Same companies", "NVDA").version(0))
                .put("/api/v1/theses/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        CompanyStub.up();
        given().get("/api/v1/theses/" + id).then().body("title", equalTo("Same companies"))
                .body("companies", contains("NVDA"));
    }

    @Test
    void answersNotModifiedWhileTheThesisIsUnchanged() {
        String id = createThesis("Read twice", "NVDA");
        String etag = given().get("/api/v1/theses/" + id).then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", equalTo("private, no-cache"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/theses/" + id)
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());

        given().contentType(ContentType.JSON).body(aThesis("Read twice, changed once", "NVDA").version(0))
                .put("/api/v1/theses/" + id).then().statusCode(200);
        given().header("If-None-Match", etag).get("/api/v1/theses/" + id)
                .then().statusCode(200).header("ETag", not(equalTo(etag)))
                .body("title", equalTo("Read twice, changed once"));
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleOne() {
        String id = createThesis("Versioned", "NVDA");
        ThesisJson update = aThesis("Versioned v2", "NVDA", "SMCI").version(0).status("INVALIDATED");
        given().contentType(ContentType.JSON).body(update).put("/api/v1/theses/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("status", equalTo("INVALIDATED"))
                .body("companies", contains("NVDA", "SMCI"));
        update.title("Stale write");
        given().contentType(ContentType.JSON).body(update).put("/api/v1/theses/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("version"));
        given().get("/api/v1/theses/" + id).then().body("title", equalTo("Versioned v2")).body("version", equalTo(1));
        update.withoutVersion();
        given().contentType(ContentType.JSON).body(update).put("/api/v1/theses/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void filtersByStatusCompanyAndLayerNewestFirst() {
        String older = createThesis("Older VRT", "VRT");
        String newer = createThesis("Newer VRT", "VRT", "SMCI");
        String bothInOrder = "items.findAll { it.id == '" + newer + "' || it.id == '" + older + "' }.id";
        given().queryParam("company", "vrt").queryParam("status", "ACTIVE").queryParam("layer", "INFRASTRUCTURE")
                .queryParam("size", 100)
                .get("/api/v1/theses").then().statusCode(200)
                .body("items.id", hasItems(newer, older))
                .body(bothInOrder, contains(newer, older));
        given().queryParam("company", "SMCI").queryParam("layer", "APPLICATION").get("/api/v1/theses")
                .then().body("total", equalTo(0));
        given().queryParam("status", "GONE").get("/api/v1/theses").then().statusCode(400);
        given().queryParam("size", 101).get("/api/v1/theses").then().statusCode(400);
    }

    @Test
    void deletesAThesisAndAnswers404ForUnknownOnes() {
        String id = createThesis("Short-lived", "NVDA");
        given().delete("/api/v1/theses/" + id).then().statusCode(204);
        given().get("/api/v1/theses/" + id).then().statusCode(404).body("type", endsWith("/not-found"));
        given().delete("/api/v1/theses/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(aThesis("x", "NVDA").version(0)).put("/api/v1/theses/" + id)
                .then().statusCode(404);
        given().get("/api/v1/theses/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aParameterOfTheWrongFormIsA400NamingItAndWhatItMustBe() {
        given().get("/api/v1/theses/not-a-uuid").then().statusCode(400)
                .body("detail", equalTo("id must be a UUID"))
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("must be a UUID"));
        given().get("/api/v1/theses/{id}/triggers/not-a-uuid", createThesis("Bad trigger id", "NVDA"))
                .then().statusCode(400).body("detail", equalTo("triggerId must be a UUID"));
        given().queryParam("status", "GONE").get("/api/v1/theses").then().statusCode(400)
                .body("detail", equalTo("status must be one of ACTIVE, AT_RISK, INVALIDATED, CLOSED"));
    }
}
