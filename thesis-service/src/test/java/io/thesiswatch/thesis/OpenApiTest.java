package io.thesiswatch.thesis;

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
    void servesSwaggerUiHealthAndMetrics() {
        OpenApiAssertions.assertOperationsEndpointsServed();
    }
}
