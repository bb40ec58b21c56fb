package io.thesiswatch.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.thesiswatch.devinfra.DevTokenEndpoint;
import io.thesiswatch.testsupport.TokenEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * alert-service calls thesis-service and company-service with tokens it gets from the identity provider by the
 * client-credentials grant, and answers 503, storing nothing, when it cannot get one.
 */
@QuarkusTest
@TestProfile(TokenEndpoint.ClientCredentials.class)
class ServiceIdentityTest extends AlertTestSupport {

    /** Tokens of 10 s, inside the 30 s renewal skew: every call asks the identity provider. */
    @BeforeEach
    void shortLivedTokensFromAnIdentityProviderThatIsUp() {
        TokenEndpoint.upWithShortLivedTokens();
    }

    private static String lastToken(WireMockServer neighbour, RequestPatternBuilder calls) {
        List<String> tokens = neighbour.findAll(calls).stream()
                .map(request -> request.getHeader("Authorization").substring("Bearer ".length())).toList();
        return tokens.get(tokens.size() - 1);
    }

    private static String lastIssuedToken() {
        List<DevTokenEndpoint.Grant> grants = TokenEndpoint.grants();
        return grants.get(grants.size() - 1).accessToken();
    }

    private static void subscribe(String subscriberId, Map<String, Object> target, int status) {
        given().contentType(ContentType.JSON).body(target)
                .post("/api/v1/subscribers/{id}/subscriptions", subscriberId).then().statusCode(status);
    }

    @Test
    void callsToBothNeighboursCarryATokenFromTheIdentityProvider() {
        String subscriber = signUp(email("identity"), Map.of());
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Carries a token");

        subscribe(subscriber, Map.of("company", "NVDA"), 201);
        assertEquals(lastIssuedToken(),
                lastToken(Neighbours.companyService(), postRequestedFor(urlEqualTo("/api/v1/catalog/lookup"))));
        subscribe(subscriber, Map.of("thesisId", thesis.toString()), 201);
        assertEquals(lastIssuedToken(),
                lastToken(Neighbours.thesisService(), getRequestedFor(urlEqualTo("/api/v1/theses/" + thesis))));
        assertEquals("client_credentials", TokenEndpoint.grants().get(0).grantType());
    }

    @Test
    void withoutATokenASubscriptionAnswers503AndNothingIsStored() {
        String subscriber = signUp(email("no-token"), Map.of());
        subscribe(subscriber, Map.of("company", "AVGO"), 201);
        int lookups = Neighbours.companyService().findAll(postRequestedFor(urlEqualTo("/api/v1/catalog/lookup")))
                .size();
        TokenEndpoint.down();

        given().contentType(ContentType.JSON).body(Map.of("company", "NVDA"))
                .post("/api/v1/subscribers/{id}/subscriptions", subscriber)
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30")
                .body("detail", equalTo("The identity provider (its token endpoint) is unavailable; "
                        + "nothing was changed, try again later"));

        given().get("/api/v1/subscribers/{id}/subscriptions", subscriber).then().body("size()", equalTo(1));
        assertEquals(lookups, Neighbours.companyService()
                .findAll(postRequestedFor(urlEqualTo("/api/v1/catalog/lookup"))).size());
        TokenEndpoint.up();
        subscribe(subscriber, Map.of("company", "NVDA"), 201);
        assertTrue(TokenEndpoint.grants().size() > 1);
    }
}
