package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.testsupport.OpenApiAssertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest extends ThesisTestSupport {

    @Test
    void documentsEveryOperationWithIdSummaryAndProblemResponses() {
        OpenApiAssertions.assertEveryOperationDocumented(List.of("/api/v1/theses", "/api/v1/theses/{id}",
                "/api/v1/theses/{id}/journal", "/api/v1/theses/{id}/triggers",
                "/api/v1/theses/{id}/triggers/{triggerId}", "/api/v1/triggers", "/api/v1/triggers/{triggerId}",
                "/api/v1/triggers/ranges", "/api/v1/theses/{id}/risk-events", "/api/v1/theses/{id}/journal/{entryId}"),
                17);
    }

    @Test
    void documentsThePeriodKindAndBasisOfTriggersAndRiskEvents() {
        String series = "components.schemas.SeriesRequest.properties.";
        String event = "components.schemas.RiskEvent.properties.";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(series + "kind.description", containsString("never changes"))
                .body(series + "kind.example", equalTo("YEAR"))
                .body(series + "basis.description", containsString("CALENDAR for a group"))
                .body(series + "basis.example", equalTo("CALENDAR"))
                .body(event + "basis.description", containsString("the trigger's when left out"))
                .body(event + "basis.example", equalTo("FISCAL"))
                .body("components.schemas.PeriodKind.enum", contains("YEAR", "QUARTER", "MONTH", "DAY"))
                .body("components.schemas.Basis.enum", contains("FISCAL", "CALENDAR"))
                .body("components.schemas.Trigger.properties.series.'$ref'", equalTo("#/components/schemas/SeriesRef"))
                .body("components.schemas.SeriesRef.properties.kind.'$ref'", equalTo("#/components/schemas/PeriodKind"))
                .body("components.schemas.SeriesRef.description", containsString("never changes"));
    }

    @Test
    void documentsWhatCreateAndUpdateEachRequire() {
        String schemas = "components.schemas.";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(schemas + "ThesisCreateRequest.required", not(hasItem("version")))
                .body(schemas + "ThesisCreateRequest.properties", not(hasKey("version")))
                .body(schemas + "ThesisUpdateRequest.required", hasItem("version"))
                .body(schemas + "TriggerCreateRequest.properties", not(hasKey("version")))
                .body(schemas + "TriggerUpdateRequest.required", not(hasItem("version")))
                .body(schemas + "TriggerUpdateRequest.properties", hasKey("version"))
                .body("paths.'/api/v1/theses'.post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ThesisCreateRequest"))
                .body("paths.'/api/v1/theses/{id}'.put.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ThesisUpdateRequest"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationSaysWhatItDoesAndConditionalReadsDocumentTheirTags() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> assertThat(
                method + " " + path, (String) operation.get("description"), not(emptyOrNullString()))));
        for (String read : List.of("/api/v1/theses", "/api/v1/theses/{id}", "/api/v1/theses/{id}/triggers")) {
            Map<String, Object> get = paths.get(read).get("get");
            assertThat(read, ((List<Map<String, Object>>) get.get("parameters")).stream()
                    .filter(p -> "If-None-Match".equals(p.get("name")) && "header".equals(p.get("in"))).count(),
                    equalTo(1L));
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) get.get("responses");
            assertThat(read, (Map<String, Object>) responses.get("304").get("headers"), hasKey("ETag"));
            assertThat(read, (Map<String, Object>) responses.get("200").get("headers"), hasKey("ETag"));
            assertThat(read, get.keySet(), not(hasItem("x-conditional-read")));
        }
    }

    @Test
    void servesSwaggerUiHealthAndMetrics() {
        OpenApiAssertions.assertOperationsEndpointsServed();
    }
}
