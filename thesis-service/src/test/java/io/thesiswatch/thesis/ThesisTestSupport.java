package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.thesis.ThesisJson.aThesis;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.ResponseSpecification;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.StubServiceResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Real PostgreSQL and a stubbed company-service for every thesis-service test, and request helpers. */
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

    /** How many theses there are. */
    static int thesisCount() {
        return given().get("/api/v1/theses").then().statusCode(200).extract().path("total");
    }

    /** What a client gets while company-service is down: a 503 problem that says when to try again. */
    static ResponseSpecification companyServiceUnavailable() {
        return new ResponseSpecBuilder().expectStatusCode(503).expectContentType("application/problem+json")
                .expectHeader("Retry-After", matchesPattern("[1-9][0-9]*")).build();
    }

    static String createThesis(String title, String... companies) {
        return given().contentType(ContentType.JSON).body(aThesis(title, companies))
                .post("/api/v1/theses").then().statusCode(201).extract().path("id");
    }

    static String createTrigger(String thesisId, TriggerJson trigger) {
        return given().contentType(ContentType.JSON).body(trigger)
                .post("/api/v1/theses/{id}/triggers", thesisId).then().statusCode(201).extract().path("id");
    }
}
