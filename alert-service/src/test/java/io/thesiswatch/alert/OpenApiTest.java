package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.testsupport.OpenApiAssertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest extends AlertTestSupport {

    private static JsonPath document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void documentsEveryOperationWithIdSummaryAndProblemResponses() {
        OpenApiAssertions.assertEveryOperationDocumented(List.of("/api/v1/subscribers", "/api/v1/subscribers/{id}",
                "/api/v1/subscribers/confirm", "/api/v1/unsubscribe", "/api/v1/subscribers/{id}/subscriptions",
                "/api/v1/subscribers/{id}/subscriptions/{subscriptionId}", "/api/v1/checks", "/api/v1/checks/{id}",
                "/api/v1/trigger-states", "/api/v1/alerts", "/api/v1/deliveries"), 16);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasADescription() {
        Map<String, Map<String, Object>> paths = document().getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> assertNotNull(
                ((Map<String, Object>) operation).get("description"), "description of " + method + " " + path)));
    }

    /** Generated clients read the locale's wire values ("en", "zh-TW"), not the Java constants' names. */
    @Test
    void theLocaleIsOneReferencedEnumOfItsLanguageTags() {
        JsonPath document = document();
        assertEquals(List.of("en", "zh-TW"), document.getList("components.schemas.EmailLocale.enum"));
        Map<String, Object> reference = Map.of("$ref", "#/components/schemas/EmailLocale");
        assertEquals(reference, document.getMap("components.schemas.Subscriber.properties.locale"));
        assertEquals(reference, document.getMap("components.schemas.SubscriberRequest.properties.locale"));
    }

    @Test
    void noReferenceHasSiblings() {
        List<String> crowded = new ArrayList<>();
        collectCrowdedReferences(document().get(), "", crowded);
        assertTrue(crowded.isEmpty(), "references with siblings: " + crowded);
    }

    @Test
    void throttledAndUnavailableAnswersSayWhenToRetryAndCreatedOnesWhereToRead() {
        JsonPath document = document();
        String signUp = "paths.'/api/v1/subscribers'.post.responses.";
        String subscribe = "paths.'/api/v1/subscribers/{id}/subscriptions'.post.responses.";
        assertNotNull(document.get(signUp + "'429'.headers.'Retry-After'"));
        assertNotNull(document.get(subscribe + "'503'.headers.'Retry-After'"));
        assertNotNull(document.get(signUp + "'202'"));
        assertNotNull(document.get(subscribe + "'201'.headers.Location"));
    }

    @Test
    void servesSwaggerUiHealthAndMetrics() {
        OpenApiAssertions.assertOperationsEndpointsServed();
    }

    @SuppressWarnings("unchecked")
    private static void collectCrowdedReferences(Object node, String pointer, List<String> crowded) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("$ref") && map.size() > 1) {
                crowded.add(pointer);
            }
            ((Map<String, Object>) map).forEach((key, value) -> collectCrowdedReferences(value, pointer + "/" + key,
                    crowded));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectCrowdedReferences(list.get(i), pointer + "/" + i, crowded);
            }
        }
    }
}
