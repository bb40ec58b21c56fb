package io.thesiswatch.company;

import static io.thesiswatch.company.ContractEdgesTest.WEB_APP;
import static io.thesiswatch.company.Fixtures.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** A deployment that names a web app's origin (THESISWATCH_CORS_ORIGINS) lets that app call the API and read ETags. */
@QuarkusTest
@TestProfile(CorsAllowedOriginTest.WebAppOrigin.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class CorsAllowedOriginTest {

    /** The origins a deployment would set through THESISWATCH_CORS_ORIGINS. */
    public static class WebAppOrigin implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", WEB_APP);
        }
    }

    @Test
    void aConfiguredOriginPassesThePreflight() {
        given().header("Origin", WEB_APP).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization,If-None-Match")
                .options("/api/v1/companies")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(WEB_APP))
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("GET"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-None-Match"));
    }

    @Test
    void aConfiguredOriginReadsTheAnswerAndItsETag() {
        String company = Fixtures.company("CORS");
        given().header("Origin", WEB_APP).get("/api/v1/companies/{c}", company)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(WEB_APP))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("ETag"));
    }
}
