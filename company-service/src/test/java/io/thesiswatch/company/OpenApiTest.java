package io.thesiswatch.company;

import java.util.List;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.thesiswatch.testsupport.OpenApiAssertions;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class OpenApiTest {

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
}
