package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.thesiswatch.testsupport.OpenApiAssertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest extends ThesisTestSupport {

    @Test
    void documentsEveryOperationWithIdSummaryAndProblemResponses() {
        OpenApiAssertions.assertEveryOperationDocumented(List.of("/api/v1/theses", "/api/v1/theses/{id}",
                "/api/v1/theses/{id}/journal", "/api/v1/theses/{id}/triggers",
                "/api/v1/theses/{id}/triggers/{triggerId}", "/api/v1/triggers", "/api/v1/theses/{id}/risk-events"), 14);
    }

    @Test
    void documentsThePeriodKindAndBasisOfTriggersAndRiskEvents() {
        String series = "components.schemas.SeriesRef.properties.";
        String event = "components.schemas.RiskEvent.properties.";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(series + "kind.description", containsString("never changes"))
                .body(series + "kind.examples", contains("QUARTER"))
                .body(series + "basis.description", containsString("CALENDAR for a group"))
                .body(series + "basis.examples", contains("CALENDAR"))
                .body(event + "basis.description", containsString("the trigger's when left out"))
                .body(event + "basis.examples", contains("FISCAL"))
                .body("components.schemas.PeriodKind.enum", contains("YEAR", "QUARTER", "MONTH", "DAY"))
                .body("components.schemas.Basis.enum", contains("FISCAL", "CALENDAR"))
                .body("components.schemas.Trigger.properties.series.'$ref'", equalTo("#/components/schemas/SeriesRef"));
    }

    @Test
    void servesSwaggerUiHealthAndMetrics() {
        OpenApiAssertions.assertOperationsEndpointsServed();
    }
}
