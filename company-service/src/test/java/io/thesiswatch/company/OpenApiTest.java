package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.decimal;
import static io.thesiswatch.company.Fixtures.decimals;
import static io.thesiswatch.company.Fixtures.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.testsupport.PostgresResource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void documentsEveryOperationWithIdSummaryAndProblemResponses() {
        JsonPath spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = spec.getMap("paths");
        List<String> expected = List.of("/api/v1/companies", "/api/v1/companies/{code}", "/api/v1/groups",
                "/api/v1/groups/{code}", "/api/v1/metrics", "/api/v1/metrics/{code}", "/api/v1/observations",
                "/api/v1/observations/{subject}/{metric}/{period}/history", "/api/v1/series/{subject}/{metric}",
                "/api/v1/series/query");
        Assertions.assertTrue(paths.keySet().containsAll(expected), "paths: " + paths.keySet());
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map)) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String where = op.getKey() + " " + path.getKey();
                Assertions.assertNotNull(operation.get("operationId"), "operationId of " + where);
                Assertions.assertNotNull(operation.get("summary"), "summary of " + where);
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                Assertions.assertTrue(responses.containsKey("500"), "500 of " + where);
                Assertions.assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("2")), "2xx of " + where);
                operations++;
            }
        }
        Assertions.assertTrue(operations >= 17, "operations: " + operations);
        Assertions.assertNotNull(spec.get("components.schemas.Problem"));
    }

    @Test
    void servesSwaggerUiHealthAndMetrics() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }", notNullValue());
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
