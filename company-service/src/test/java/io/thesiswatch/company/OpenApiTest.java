package io.thesiswatch.company;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.testsupport.MonitoringQueries;
import io.thesiswatch.testsupport.OpenApiAssertions;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class OpenApiTest {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Test
    void documentsEveryOperationWithIdSummaryAndProblemResponses() {
        OpenApiAssertions.assertEveryOperationDocumented(List.of("/api/v1/companies", "/api/v1/companies/{code}",
                "/api/v1/groups", "/api/v1/groups/{code}", "/api/v1/metrics", "/api/v1/metrics/{code}",
                "/api/v1/observations", "/api/v1/observations/{subject}/{metric}/{period}/history",
                "/api/v1/series/{subject}/{metric}", "/api/v1/series/query", "/api/v1/catalog/lookup"), 18);
    }

    @Test
    void servesSwaggerUiHealthAndMetrics() {
        OpenApiAssertions.assertOperationsEndpointsServed();
    }

    @Test
    void servesTheSecImportMetricsTheDashboardQueries() {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> queried = MonitoringQueries.metricNames().stream().filter(n -> n.startsWith("thesiswatch_sec_"))
                .toList();
        Assertions.assertEquals(List.of("thesiswatch_sec_imports_total"), queried);
        Assertions.assertTrue(MonitoringQueries.served(scrape, "thesiswatch_sec_imports_total"), scrape);
        Assertions.assertTrue(scrape.contains("thesiswatch_sec_imports_total{result=\"failed\"} 0.0"),
                "0 from the start");
    }

    /** A generated client takes path parameters in the document's order: getSeries(subject, metric), as the path. */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDescribesItselfAndTakesPathParametersInPathOrder() {
        Map<String, Map<String, Object>> paths = document().getMap("paths");
        for (var path : paths.entrySet()) {
            List<String> inPath = new ArrayList<>();
            Matcher names = PATH_PARAMETER.matcher(path.getKey());
            while (names.find()) {
                inPath.add(names.group(1));
            }
            for (var operation : path.getValue().entrySet()) {
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                String where = operation.getKey() + " " + path.getKey();
                Assertions.assertNotNull(op.get("description"), "description of " + where);
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters",
                        List.of());
                List<String> declared = parameters.stream().filter(p -> "path".equals(p.get("in")))
                        .map(p -> (String) p.get("name")).toList();
                Assertions.assertEquals(inPath, declared, "path parameters of " + where);
            }
        }
    }

    /** Every generator (Java, Kotlin, TypeScript) makes a plain string of it, which keeps every digit. */
    @Test
    void documentsAnObservationValueAsADecimalString() {
        given().queryParam("format", "json").get("/q/openapi").then()
                .body("components.schemas.ObservationRow.properties.value.type", equalTo("string"))
                .body("components.schemas.ObservationRow.properties.value.pattern", containsString("[0-9]"))
                .body("components.schemas.JsonNode", nullValue());
    }

    @Test
    void documentsCreateAndUpdateBodiesApartWhereTheCodeIsRequiredOnlyOnCreate() {
        given().queryParam("format", "json").get("/q/openapi").then()
                .body("components.schemas.CompanyCreateRequest.required", hasItems("code", "name", "layer"))
                .body("components.schemas.CompanyUpdateRequest.required", contains("name", "layer"))
                .body("components.schemas.GroupCreateRequest.required", hasItems("code", "name", "members"))
                .body("components.schemas.GroupUpdateRequest.required", contains("name", "members"))
                .body("paths.'/api/v1/companies'.post.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/CompanyCreateRequest"))
                .body("paths.'/api/v1/companies/{code}'.put.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/CompanyUpdateRequest"));
    }

    private static JsonPath document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }
}
