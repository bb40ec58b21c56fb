package io.thesiswatch.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.thesiswatch.devinfra.DevTokenEndpoint;

/**
 * An identity provider's OAuth2 token endpoint for tests ({@link DevTokenEndpoint}, signing with the key the
 * services under test trust, {@link Tokens}), with the service's OIDC client pointed at it. Tests choose how long
 * its tokens last (10 s until they say otherwise), read what it issued and take it down.
 */
public class TokenEndpoint implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "thesis-watch-test-service";
    public static final String CLIENT_SECRET = "test-client-secret";
    private static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(10);

    private static volatile DevTokenEndpoint endpoint;

    /**
     * A service under test that gets its tokens from this endpoint by client credentials; the static token the
     * other tests use is replaced by one no neighbour stub would take for an issued one.
     */
    public static class ClientCredentials implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TokenEndpoint.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thesiswatch.service-token", "not-a-token-the-identity-provider-issued");
        }
    }

    @Override
    public Map<String, String> start() {
        endpoint = DevTokenEndpoint.start(Tokens.devTokens(), Map.of(CLIENT_ID, CLIENT_SECRET), DEFAULT_LIFETIME);
        return endpoint.clientSettings(CLIENT_ID);
    }

    @Override
    public void stop() {
        endpoint.close();
    }

    public static void issueTokensLasting(Duration tokenLifetime) {
        endpoint.issueTokensLasting(tokenLifetime);
    }

    public static List<DevTokenEndpoint.Grant> grants() {
        return endpoint.grants();
    }

    public static void down() {
        endpoint.down();
    }

    public static void up() {
        endpoint.up();
    }

    /** Up, issuing tokens of 10 s: inside the services' 30 s renewal skew, so every call needs a fresh one. */
    public static void upWithShortLivedTokens() {
        up();
        issueTokensLasting(DEFAULT_LIFETIME);
    }
}
