package io.thesiswatch.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Assertions;

/** What a mobile developer needs of a service's OpenAPI document, checked the same way for every service. */
public final class OpenApiAssertions {

    private OpenApiAssertions() {
    }

    /**
     * Every expected path is there; every operation has an operationId, a summary, a 2xx answer and a
     * problem+json 500; the Problem schema exists.
     */
    @SuppressWarnings("unchecked")
    public static void assertEveryOperationDocumented(Collection<String> expectedPaths, int minimumOperations) {
        JsonPath spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = spec.getMap("paths");
        Assertions.assertTrue(paths.keySet().containsAll(expectedPaths), "paths: " + paths.keySet());
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
        Assertions.assertTrue(operations >= minimumOperations, "operations: " + operations);
        Assertions.assertNotNull(spec.get("components.schemas.Problem"), "Problem schema");
        Assertions.assertEquals(List.of("type", "title", "status"),
                spec.getList("components.schemas.Problem.required"));
        Assertions.assertEquals(List.of("field", "message"), spec.getList("components.schemas.Violation.required"));
    }

    /** Swagger UI loads, health is up with a database check, and Prometheus metrics are served. */
    public static void assertOperationsEndpointsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
        // the request metrics appear once an application path has been served (the /q paths are not counted)
        given().get("/api/v1/no-such-path").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
