package io.thesiswatch.thesis;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static io.thesiswatch.thesis.ThesisJson.aThesis;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.thesiswatch.devinfra.DevTokenEndpoint;
import io.thesiswatch.testsupport.TokenEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * thesis-service calls company-service with a token it gets from the identity provider by the client-credentials
 * grant (the OIDC client, not a static token): cached while it lasts, renewed before it expires, and when no token
 * can be had the caller gets a 503 and nothing is stored.
 */
@QuarkusTest
@TestProfile(TokenEndpoint.ClientCredentials.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceIdentityTest extends ThesisTestSupport {

    /**
     * Tokens of 10 s, inside the 30 s renewal skew: every call needs a fresh one. The service keeps its token
     * between tests, so the one test that obtains a long-lived token runs last.
     */
    @BeforeEach
    void shortLivedTokensFromAnIdentityProviderThatIsUp() {
        TokenEndpoint.upWithShortLivedTokens();
    }

    /** The bearer tokens company-service received, oldest first. */
    private static List<String> tokensSeenByCompanyService() {
        return CompanyStub.server().findAll(postRequestedFor(urlEqualTo(CompanyStub.CATALOG_LOOKUP))).stream()
                .map(request -> request.getHeader("Authorization").substring("Bearer ".length())).toList();
    }

    private static List<String> issuedTokens() {
        return TokenEndpoint.grants().stream().map(DevTokenEndpoint.Grant::accessToken).toList();
    }

    @Test
    @Order(3)
    void aTokenIsFetchedByClientCredentialsAndReusedWhileItLasts() {
        TokenEndpoint.issueTokensLasting(Duration.ofHours(1));
        createThesis("Renews the short-lived token for one lasting an hour", "NVDA");
        int grantsBefore = TokenEndpoint.grants().size();

        createThesis("Reuses it", "NVDA");
        createThesis("Reuses it again", "NVDA");

        assertEquals(grantsBefore, TokenEndpoint.grants().size(), "no token request while the token lasts");
        List<String> seen = tokensSeenByCompanyService();
        String lasting = issuedTokens().get(grantsBefore - 1);
        assertEquals(List.of(lasting, lasting, lasting), seen.subList(seen.size() - 3, seen.size()));
        DevTokenEndpoint.Grant grant = TokenEndpoint.grants().get(grantsBefore - 1);
        assertEquals("client_credentials", grant.grantType());
        assertEquals(TokenEndpoint.CLIENT_ID + ":" + TokenEndpoint.CLIENT_SECRET, grant.clientCredentials());
    }

    @Test
    @Order(1)
    void aTokenCloseToItsExpiryIsRenewedBeforeTheCallAndNoCallFails() {
        createThesis("Primes a short-lived token", "NVDA");
        int grantsBefore = TokenEndpoint.grants().size();

        createThesis("First call after", "NVDA");
        createThesis("Second call after", "NVDA");

        List<String> issued = issuedTokens();
        assertEquals(grantsBefore + 2, issued.size(), "one renewal before each call");
        List<String> seen = tokensSeenByCompanyService();
        assertEquals(issued.subList(grantsBefore, grantsBefore + 2), seen.subList(seen.size() - 2, seen.size()),
                "each call carries the token renewed for it");
    }

    @Test
    @Order(2)
    void withoutATokenTheCallerGetsA503AndNothingIsStored() {
        createThesis("Leaves only a token about to expire", "NVDA");
        int theses = thesisCount();
        int lookups = tokensSeenByCompanyService().size();
        TokenEndpoint.down();

        given().contentType(ContentType.JSON).body(aThesis("Needs a token", "NVDA")).post("/api/v1/theses")
                .then().spec(companyServiceUnavailable())
                .body("detail", equalTo("The identity provider (its token endpoint) is unavailable; "
                        + "nothing was changed, try again later"));

        assertEquals(theses, thesisCount());
        assertEquals(lookups, tokensSeenByCompanyService().size(), "company-service was not called without a token");
        TokenEndpoint.up();
        createThesis("Works again once the identity provider is back", "NVDA");
        assertTrue(thesisCount() > theses);
    }
}
