package io.thesiswatch.company;

import static io.thesiswatch.company.CompanyBody.aCompany;
import static io.thesiswatch.company.CompanyBody.aCompanyUpdate;
import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.ObservationBatch.observations;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class CompanyResourceTest {

    private static Map<String, Object> nvidia(String code) {
        return aCompany(code).name("NVIDIA Corporation").exchange("NASDAQ").country("US").layer("INFRASTRUCTURE")
                .tags("gpu", "ai-chips").description("GPUs").build();
    }

    @Test
    void createsACompanyAndReadsItBack() {
        String code = Fixtures.code("NV");
        given().contentType(ContentType.JSON).body(nvidia(code))
                .when().post("/api/v1/companies")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/companies/" + code))
                .body("code", equalTo(code))
                .body("layer", equalTo("INFRASTRUCTURE"))
                .body("tags", contains("ai-chips", "gpu"));

        given().get("/api/v1/companies/" + code.toLowerCase())
                .then().statusCode(200)
                .body("name", equalTo("NVIDIA Corporation"))
                .body("country", equalTo("US"));
    }

    @Test
    void rejectsADuplicateCodeWith409EvenWhenAGroupHasIt() {
        String member = Fixtures.company("M");
        String group = Fixtures.group("G", member);
        given().contentType(ContentType.JSON).body(nvidia(member)).post("/api/v1/companies")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("company"));
        given().contentType(ContentType.JSON).body(nvidia(group)).post("/api/v1/companies")
                .then().statusCode(409).body("detail", containsString("group"));
    }

    @Test
    void rejectsInvalidFieldsListingEachAndStoresNothing() {
        String code = Fixtures.code("BAD");
        given().contentType(ContentType.JSON)
                .body(aCompany(code).name("").country("usa").layer("INFRASTRUCTURE").tags("Bad Tag").build())
                .when().post("/api/v1/companies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("tags[0]"));
        given().get("/api/v1/companies/" + code).then().statusCode(404);
    }

    @Test
    void rejectsALowerCaseCodeAndAnUnknownLayer() {
        given().contentType(ContentType.JSON)
                .body(aCompany("nvda").name("x").layer("INFRASTRUCTURE").build())
                .post("/api/v1/companies")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().contentType(ContentType.JSON)
                .body(aCompany(Fixtures.code("L")).name("x").layer("CHIPS").build())
                .post("/api/v1/companies")
                .then().statusCode(400).body("errors[0].field", equalTo("layer"))
                .body("errors[0].message", containsString("INFRASTRUCTURE"));
    }

    @Test
    void answersMalformedJsonWith400ProblemWithoutJavaNames() {
        given().contentType(ContentType.JSON).body("{\"code\": \"X\", ")
                .post("/api/v1/companies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"))
                .body("detail", not(containsString("com.fasterxml")));
        given().contentType(ContentType.JSON).body("")
                .post("/api/v1/companies")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void answersUnknownCompanyWith404Problem() {
        given().get("/api/v1/companies/NOPE-" + Fixtures.code("X"))
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found"))
                .body("detail", containsString("does not exist"));
        given().contentType(ContentType.JSON).body(nvidia("ZZ")).put("/api/v1/companies/" + Fixtures.code("NONE"))
                .then().statusCode(404);
        given().delete("/api/v1/companies/" + Fixtures.code("NONE")).then().statusCode(404);
    }

    @Test
    void updatesACompanyButNotItsCode() {
        String code = Fixtures.company("UP");
        Map<String, Object> changed = aCompanyUpdate().name("Renamed").layer("PLATFORM").tags("cloud").build();
        given().contentType(ContentType.JSON).body(changed).put("/api/v1/companies/" + code)
                .then().statusCode(200)
                .body("name", equalTo("Renamed")).body("layer", equalTo("PLATFORM")).body("tags", contains("cloud"))
                .body("exchange", nullValue());
        given().contentType(ContentType.JSON).body(nvidia(Fixtures.code("OTHER"))).put("/api/v1/companies/" + code)
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().get("/api/v1/companies/" + code).then().body("name", equalTo("Renamed"));
    }

    @Test
    void filtersByLayerTagAndTextAndPagesInCodeOrder() {
        String tag = "t" + Fixtures.code("").toLowerCase();
        for (String name : List.of("Alpha Power", "Beta Cooling", "Gamma Power")) {
            given().contentType(ContentType.JSON)
                    .body(aCompany(Fixtures.code("F")).name(name).layer("INFRASTRUCTURE").tags(tag).build())
                    .post("/api/v1/companies").then().statusCode(201);
        }
        given().queryParam("tag", tag).queryParam("q", "power").queryParam("layer", "INFRASTRUCTURE")
                .queryParam("size", 1)
                .get("/api/v1/companies")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("size", equalTo(1))
                .body("items.name", contains("Alpha Power"));
        given().queryParam("tag", tag).queryParam("layer", "APPLICATION").get("/api/v1/companies")
                .then().body("total", equalTo(0));
    }

    @ParameterizedTest(name = "{0}={1} answers 400, naming {2}")
    @CsvSource(nullValues = "-", value = {
            "size,  1000, size",
            "page,  -1,   page",
            "layer, NOPE, -",
            "page,  abc,  -"})
    void rejectsBadPagingAndFilterValuesWith400(String parameter, String value, String field) {
        ValidatableResponse answer = given().queryParam(parameter, value).get("/api/v1/companies")
                .then().statusCode(400).contentType("application/problem+json");
        if (field != null) {
            answer.body("errors[0].field", equalTo(field));
        }
    }

    @Test
    void refusesToDeleteACompanyAGroupOrObservationUses() {
        String member = Fixtures.company("D");
        String group = Fixtures.group("DG", member);
        given().delete("/api/v1/companies/" + member)
                .then().statusCode(409).body("detail", containsString(group));

        String observed = Fixtures.company("DO");
        String metric = Fixtures.additiveMetric("CAPEX", "USD");
        observations().of(observed, metric).at("2024", 1).record();
        given().delete("/api/v1/companies/" + observed)
                .then().statusCode(409).body("detail", containsString("observation"));

        String unused = Fixtures.company("DU");
        given().delete("/api/v1/companies/" + unused).then().statusCode(204);
        given().get("/api/v1/companies/" + unused).then().statusCode(404);
    }

    @Test
    void answersUnknownPathsAndWrongMediaTypesAsProblems() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.XML).body("<a/>").post("/api/v1/companies")
                .then().statusCode(415).contentType("application/problem+json");
        given().get("/api/v1/companies").then().body("items.code", everyItem(not(nullValue())));
    }
}
