package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.restassured.http.ContentType;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import org.junit.jupiter.api.AfterEach;
import io.thesiswatch.testsupport.StubServiceResource;
import org.junit.jupiter.api.BeforeEach;

/** Real PostgreSQL and a stubbed company-service for every thesis-service test, and request builders. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StubServiceResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "configKey", value = "company-service"))
abstract class ThesisTestSupport {

    @BeforeEach
    void companyServiceUpAndCallerAnAdmin() {
        CompanyStub.up();
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + Tokens.admin()).build();
    }

    @AfterEach
    void noDefaultCaller() {
        RestAssured.requestSpecification = null;
    }

    static Map<String, Object> thesis(String title, String... companies) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "Capex keeps growing");
        body.put("stance", "LONG");
        body.put("layer", "INFRASTRUCTURE");
        body.put("companies", List.of(companies));
        body.put("conviction", 4);
        body.put("horizon", "2027-12-31");
        return body;
    }

    static String createThesis(String title, String... companies) {
        return given().contentType(ContentType.JSON).body(thesis(title, companies))
                .post("/api/v1/theses").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> trigger(String subject, String metric, String transform, String operator, Object threshold) {
        Map<String, Object> series = new HashMap<>();
        series.put("subject", subject);
        series.put("metric", metric);
        series.put("transform", transform);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Capex cycle ends");
        body.put("series", series);
        body.put("operator", operator);
        body.put("threshold", threshold);
        return body;
    }

    static String createTrigger(String thesisId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/theses/{id}/triggers", thesisId).then().statusCode(201).extract().path("id");
    }
}
