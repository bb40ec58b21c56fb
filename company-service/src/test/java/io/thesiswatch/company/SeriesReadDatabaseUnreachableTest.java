package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.anonymous;
import static io.thesiswatch.company.Fixtures.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.thesiswatch.common.problem.Problem;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A company's single series is read through the non-blocking client: when that client cannot reach the database,
 * the read answers 503 with Retry-After, as every JDBC read does, and the service says it is not ready.
 */
@QuarkusTest
@TestProfile(SeriesReadDatabaseUnreachableTest.NothingListening.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class SeriesReadDatabaseUnreachableTest {

    /** The non-blocking client's address is a port nothing listens on; the JDBC pool still reaches the database. */
    public static class NothingListening implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + closedPort() + "/company");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void aSeriesReadIs503WithRetryAfterAndAProblem() {
        String company = Fixtures.company("UNREACH");
        given().get("/api/v1/series/{subject}/REVENUE", company)
                .then().statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "5")
                .body("type", equalTo(Problem.TYPE_BASE + "database-unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo("The service cannot reach its database right now; try again shortly"));
    }

    @Test
    void theServiceSaysItIsNotReady() {
        anonymous().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.status", hasItem("DOWN"));
    }
}
