package io.thesiswatch.alert;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.thesiswatch.testsupport.OpenApiAssertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest extends AlertTestSupport {

    @Test
    void documentsEveryOperationWithIdSummaryAndProblemResponses() {
        OpenApiAssertions.assertEveryOperationDocumented(List.of("/api/v1/subscribers", "/api/v1/subscribers/{id}",
                "/api/v1/subscribers/confirm", "/api/v1/unsubscribe", "/api/v1/subscribers/{id}/subscriptions",
                "/api/v1/subscribers/{id}/subscriptions/{subscriptionId}", "/api/v1/checks", "/api/v1/checks/{id}",
                "/api/v1/trigger-states", "/api/v1/alerts", "/api/v1/deliveries"), 15);
    }

    @Test
    void servesSwaggerUiHealthAndMetrics() {
        OpenApiAssertions.assertOperationsEndpointsServed();
    }
}
