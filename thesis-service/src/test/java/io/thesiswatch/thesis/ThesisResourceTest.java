package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ThesisResourceTest extends ThesisTestSupport {

    private static int total() {
        return given().get("/api/v1/theses").then().statusCode(200).extract().path("total");
    }

    @Test
    void createsAnActiveThesisAtVersionZero() {
        String id = given().contentType(ContentType.JSON).body(thesis("AI capex cycle", "NVDA", "AVGO", "NVDA"))
                .post("/api/v1/theses")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/theses/"))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0))
                .body("companies", contains("NVDA", "AVGO"))
                .body("owner", notNullValue())
                .extract().path("id");
        given().get("/api/v1/theses/" + id).then().statusCode(200)
                .body("title", equalTo("AI capex cycle")).body("horizon", equalTo("2027-12-31"));
    }

    @Test
    void rejectsUnknownCompaniesNamingThemAndStoresNothing() {
        int before = total();
        given().contentType(ContentType.JSON).body(thesis("x", "NVDA", "NOPE"))
                .post("/api/v1/theses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("companies[1]"))
                .body("errors[0].message", containsString("NOPE"));
        given().contentType(ContentType.JSON).body(thesis("x", "BIG6"))
                .post("/api/v1/theses")
                .then().statusCode(400).body("errors[0].field", equalTo("companies[0]"));
        org.junit.jupiter.api.Assertions.assertEquals(before, total());
    }

    @Test
    void rejectsInvalidFieldsListingEach() {
        Map<String, Object> body = thesis("t".repeat(201), "NVDA");
        body.put("conviction", 6);
        body.put("stance", "MAYBE");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/theses")
                .then().statusCode(400).body("errors[0].field", equalTo("stance"));
        body.put("stance", "LONG");
        body.put("horizon", "next year");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/theses")
                .then().statusCode(400).body("errors[0].field", equalTo("horizon"));
        body.remove("horizon");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/theses")
                .then().statusCode(400).body("errors.field", hasItems("title", "conviction"));
        body = thesis("ok");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/theses")
                .then().statusCode(400).body("errors.field", hasItems("companies"));
    }

    @Test
    void answers503AndStoresNothingWhenCompanyServiceIsDown() {
        int before = total();
        CompanyStub.down();
        given().contentType(ContentType.JSON).body(thesis("while down", "NVDA"))
                .post("/api/v1/theses")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("company-service"));
        CompanyStub.failing();
        given().contentType(ContentType.JSON).body(thesis("while failing", "NVDA"))
                .post("/api/v1/theses")
                .then().statusCode(503);
        CompanyStub.up();
        org.junit.jupiter.api.Assertions.assertEquals(before, total());
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleOne() {
        String id = createThesis("Versioned", "NVDA");
        Map<String, Object> body = thesis("Versioned v2", "NVDA", "SMCI");
        body.put("version", 0);
        body.put("status", "INVALIDATED");
        given().contentType(ContentType.JSON).body(body).put("/api/v1/theses/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("status", equalTo("INVALIDATED"))
                .body("companies", contains("NVDA", "SMCI"));
        body.put("title", "Stale write");
        given().contentType(ContentType.JSON).body(body).put("/api/v1/theses/" + id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("version"));
        given().get("/api/v1/theses/" + id).then().body("title", equalTo("Versioned v2")).body("version", equalTo(1));
        body.remove("version");
        given().contentType(ContentType.JSON).body(body).put("/api/v1/theses/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void filtersByStatusCompanyAndLayerNewestFirst() {
        String older = createThesis("Older VRT", "VRT");
        String newer = createThesis("Newer VRT", "VRT", "SMCI");
        given().queryParam("company", "vrt").queryParam("status", "ACTIVE").queryParam("layer", "INFRASTRUCTURE")
                .queryParam("size", 100)
                .get("/api/v1/theses").then().statusCode(200)
                .body("items.id", hasItems(newer, older))
                .body("items.findAll { it.id == '" + newer + "' || it.id == '" + older + "' }.id", contains(newer, older));
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
        Map<String, Object> body = thesis("x", "NVDA");
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).put("/api/v1/theses/" + id).then().statusCode(404);
        given().get("/api/v1/theses/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
    }
}
