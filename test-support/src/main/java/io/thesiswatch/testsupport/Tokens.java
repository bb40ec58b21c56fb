package io.thesiswatch.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.thesiswatch.devinfra.DevTokens;

/**
 * Real signed tokens for tests: a key pair made for this JVM, the service under test verifying with its
 * public key, and tokens for each role signed with its private key (as an identity provider would).
 */
public class Tokens implements QuarkusTestResourceLifecycleManager {

    private static final String DOMAIN = "thesiswatch.test";
    private static final DevTokens TOKENS = DevTokens.withNewKeys(DOMAIN);
    /** The same identity as far as any claim says, with a key of its own that the services do not trust. */
    private static final DevTokens STRANGER = DevTokens.withNewKeys(DOMAIN);

    public static final String ISSUER = TOKENS.issuer();

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey", TOKENS.publicKey(),
                "mp.jwt.verify.issuer", ISSUER,
                "thesiswatch.service-token", service());
    }

    @Override
    public void stop() {
        // the key pair lives as long as the JVM
    }

    public static String admin() {
        return TOKENS.admin();
    }

    public static String analyst(String name) {
        return TOKENS.analyst(name);
    }

    public static String subscriber(String email) {
        return TOKENS.subscriber(email);
    }

    public static String service() {
        return TOKENS.service("alert-service");
    }

    /** A token with every right claim, signed by a key the services do not trust. */
    public static String forged() {
        return STRANGER.admin();
    }

    /** An admin token that expired two hours ago. */
    public static String expired() {
        Instant issued = Instant.now().minus(Duration.ofHours(2)).minus(Duration.ofMinutes(1));
        return TOKENS.token(TOKENS.adminName(), null, Set.of("admin"), issued, Duration.ofMinutes(1));
    }

    public static String token(String name, String email, Set<String> roles) {
        return TOKENS.token(name, email, roles);
    }
}
