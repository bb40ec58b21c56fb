package io.thesiswatch.company;

import static io.thesiswatch.company.CompanyBody.aCompany;
import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.ObservationBatch.observations;
import static io.thesiswatch.company.SeriesQueryBody.aSeriesQuery;
import static io.thesiswatch.company.SeriesQueryBody.series;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a client can send that no form would: huge page numbers and control characters answer 400 naming the field
 * (never 5xx, nothing stored); multi-line text stays valid; reads are conditional, answers compressed, and other
 * origins kept out unless configured ({@link CorsAllowedOriginTest}).
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class ContractEdgesTest {

    static final String WEB_APP = "https://app.example";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/companies", "/api/v1/groups", "/api/v1/metrics"})
    void aPageFarBeyondTheLimitIsRefusedNamingPage(String list) {
        given().queryParam("page", 26843546).queryParam("size", 80).get(list)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", containsString("100000"));
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingIt() {
        given().urlEncodingEnabled(false).get("/api/v1/companies?q=a%00b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", containsString("U+0000"));
    }

    @Test
    void aNulInASeriesQuerySubjectIsRefusedNamingIt() {
        given().contentType(ContentType.JSON).body(aSeriesQuery().ask(series("A\u0000B", "CAPEX")).build())
                .post("/api/v1/series/query")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("series[0].subject"))
                .body("errors[0].message", containsString("U+0000 at position 2"));
    }

    @Test
    void aNulInACompanyNameIsRefusedNamingItAndNothingIsStored() {
        String code = Fixtures.code("NUL");
        given().contentType(ContentType.JSON).body(aCompany(code).name("NVIDIA\u0000").layer("INFRASTRUCTURE").build())
                .post("/api/v1/companies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        given().get("/api/v1/companies/{c}", code).then().statusCode(404);
    }

    @Test
    void aMethodThePathDoesNotHaveAnswers405NamingTheMethodsItHas() {
        given().contentType(ContentType.JSON).body("{}").patch("/api/v1/companies/{c}", "NVDA")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", allOf(containsString("GET"), containsString("PUT"), containsString("DELETE")));
    }

    @Test
    void aClientThatAcceptsOnlyProblemsCanStillDeleteAndReadItsErrors() {
        String code = Fixtures.code("DEL");
        given().contentType(ContentType.JSON).body(aCompany(code).name("Deletable").layer("INFRASTRUCTURE").build())
                .post("/api/v1/companies").then().statusCode(201);
        // what a generated client sends for an operation whose only documented bodies are problems
        given().accept("application/problem+json").delete("/api/v1/companies/{c}", code)
                .then().statusCode(204);
        given().accept("application/problem+json").delete("/api/v1/companies/{c}", code)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1e200000\"", "1e200000", "\"1e-2000\""})
    void aValueOnlyAnExponentMakesHugeIsRefusedNamingIt(String value) {
        String body = "[{\"subject\":\"NVDA\",\"metric\":\"CAPEX\",\"period\":\"2024\",\"value\":" + value + "}]";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/observations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("value"))
                .body("errors.message", hasItem(containsString("at most 1000 digits")));
    }

    @Test
    void aNulInACsvCellIsRefusedNamingItsLineAndFieldAndNothingIsStored() {
        String subject = Fixtures.company("CSV");
        String metric = Fixtures.additiveMetric("CAPEX", "USD");
        String csv = "subject,metric,period,value,source\n"
                + subject + "," + metric + ",2023,100,clean\n"
                + subject + "," + metric + ",2024,120,seed\u0000article\n";
        given().contentType("text/csv").body(csv).post("/api/v1/observations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].field", equalTo("source"))
                .body("errors[0].message", containsString("U+0000"));
        given().get("/api/v1/series/{s}/{m}", subject, metric).then().statusCode(200).body("points", empty());
    }

    @Test
    void aNulInAValueSentAsTextIsRefusedNamingIt() {
        String subject = Fixtures.company("VAL");
        String metric = Fixtures.additiveMetric("CAPEX", "USD");
        observations().of(subject, metric).atText("2024", "12\\u00003").post()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", containsString("U+0000"));
    }

    @Test
    void aDescriptionOfSeveralLinesIsKept() {
        String code = Fixtures.code("ML");
        String description = "GPUs and the CUDA developer platform\nNetworking\r\n\tand software";
        given().contentType(ContentType.JSON)
                .body(aCompany(code).name("NVIDIA").layer("INFRASTRUCTURE").description(description).build())
                .post("/api/v1/companies").then().statusCode(201);
        given().get("/api/v1/companies/{c}", code).then().statusCode(200).body("description", equalTo(description));
    }

    @Test
    void aSeriesReadAgainUnchangedIs304WithoutBodyUntilNewDataChangesItsETag() {
        String subject = Fixtures.company("ETAG");
        String metric = Fixtures.additiveMetric("CAPEX", "USD");
        observations().of(subject, metric).at("2023", 100).record();
        String etag = given().get("/api/v1/series/{s}/{m}", subject, metric)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", equalTo("private, no-cache"))
                .extract().header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/series/{s}/{m}", subject, metric)
                .then().statusCode(304).body(emptyString());

        observations().of(subject, metric).at("2024", 120).record();
        String changed = given().header("If-None-Match", etag).get("/api/v1/series/{s}/{m}", subject, metric)
                .then().statusCode(200).body("points", hasSize(2))
                .extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void catalogReadsAreConditionalToo() {
        String company = Fixtures.company("ETAG");
        String group = Fixtures.group("ETAG", company);
        String metric = Fixtures.additiveMetric("CAPEX", "USD");
        for (String path : new String[] {"/api/v1/companies/" + company, "/api/v1/groups/" + group,
                "/api/v1/metrics/" + metric}) {
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", etag).get(path).then().statusCode(304).body(emptyString());
        }
    }

    @Test
    void aJsonAnswerIsCompressedOnlyForAClientThatAcceptsGzip() {
        given().header("Accept-Encoding", "gzip").get("/api/v1/companies")
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip"))
                .body("items", notNullValue());
        // without content decoders REST-assured stops asking for gzip itself
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "identity").get("/api/v1/companies")
                .then().statusCode(200).header("Content-Encoding", nullValue())
                .body("items", notNullValue());
    }

    @Test
    void anOriginThatIsNotConfiguredFailsThePreflight() {
        given().header("Origin", WEB_APP).header("Access-Control-Request-Method", "GET")
                .options("/api/v1/companies")
                .then().header("Access-Control-Allow-Origin", not(equalTo(WEB_APP)));
    }
}
