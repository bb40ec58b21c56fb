package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.thesiswatch.common.problem.Problem;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A database that takes the connection and then never answers (a network that drops its packets, a server stuck):
 * a company's single series read gives up after its time limit and answers 503 with Retry-After, as it does when the
 * database refuses the connection, instead of holding the caller for as long as the network stays silent.
 */
@QuarkusTest
@TestProfile(SeriesReadDatabaseSilentTest.SilentDatabase.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class SeriesReadDatabaseSilentTest {

    private static final long TIME_LIMIT_MILLIS = 1000;
    /** So that a read without a time limit fails the test instead of hanging it. */
    private static final int CLIENT_GIVES_UP_MILLIS = 15_000;

    /**
     * The non-blocking client's address is a socket the kernel accepts connections on for a server that never reads
     * them; the JDBC pool still reaches the database.
     */
    public static class SilentDatabase implements QuarkusTestProfile {

        private static ServerSocket silent;

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + silentPort() + "/company",
                    "company.series.read-time-limit", TIME_LIMIT_MILLIS + "ms");
        }

        private static synchronized int silentPort() {
            try {
                if (silent == null) {
                    silent = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
                }
                return silent.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static synchronized void close() throws IOException {
            if (silent != null) {
                silent.close();
            }
        }
    }

    /** Resets the connections it left hanging, so the service stops at once rather than wait for them. */
    @AfterAll
    static void silenceEnds() throws IOException {
        SilentDatabase.close();
    }

    @Test
    void aSeriesReadGivesUpAfterItsTimeLimitWithA503() {
        String company = Fixtures.company("SILENT");
        for (int read = 0; read < 2; read++) {
            given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", CLIENT_GIVES_UP_MILLIS)))
                    .get("/api/v1/series/{subject}/REVENUE", company)
                    .then().statusCode(503)
                    .time(lessThan(TIME_LIMIT_MILLIS + 3000), TimeUnit.MILLISECONDS)
                    .contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", "5")
                    .body("type", equalTo(Problem.TYPE_BASE + "database-unavailable"));
        }
    }
}
