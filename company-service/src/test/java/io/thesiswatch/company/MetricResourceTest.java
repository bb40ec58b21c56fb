package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.MetricBody.aMetric;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class MetricResourceTest {

    @Test
    void addsAMetricToTheCatalog() {
        String code = Fixtures.metricCode("CAPEX");
        given().contentType(ContentType.JSON)
                .body(aMetric(code).name("Capital expenditure").unit("USD").additive(true).build())
                .post("/api/v1/metrics")
                .then().statusCode(201).header("Location", endsWith("/api/v1/metrics/" + code))
                .body("additive", equalTo(true));
        given().get("/api/v1/metrics/" + code).then().statusCode(200).body("unit", equalTo("USD"));
        given().queryParam("size", 100).get("/api/v1/metrics").then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void rejectsADuplicateMetricWith409() {
        String code = Fixtures.additiveMetric("REVENUE", "USD");
        given().contentType(ContentType.JSON)
                .body(aMetric(code).name("again").unit("USD").additive(true).build())
                .post("/api/v1/metrics").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void rejectsABadCodeUnknownUnitAndMissingAdditive() {
        Map<String, Object> lowerCaseWithoutAdditive = aMetric("capex").name("x").unit("USD").build();
        given().contentType(ContentType.JSON).body(lowerCaseWithoutAdditive).post("/api/v1/metrics")
                .then().statusCode(400).body("errors.field", hasItems("code", "additive"));
        Map<String, Object> inEuros = aMetric(Fixtures.metricCode("M")).name("x").unit("EUR").additive(false).build();
        given().contentType(ContentType.JSON).body(inEuros).post("/api/v1/metrics")
                .then().statusCode(400).body("errors[0].field", equalTo("unit"));
    }

    @Test
    void answersUnknownMetricWith404() {
        given().get("/api/v1/metrics/" + Fixtures.metricCode("NOPE")).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
