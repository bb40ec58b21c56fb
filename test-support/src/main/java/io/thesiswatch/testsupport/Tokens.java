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

    /** The identity these tokens come from, for a token endpoint that signs with the same key. */
    static DevTokens devTokens() {
        return TOKENS;
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

    /** A valid admin token from the same identity provider, issued for another application. */
    public static String forAnotherAudience() {
        return TOKENS.token("https://some-other-app.example", TOKENS.adminName(), null, Set.of("admin"),
                Instant.now(), Duration.ofMinutes(5));
    }

    /** A valid admin token that names no audience at all. */
    public static String withoutAudience() {
        return TOKENS.token(null, TOKENS.adminName(), null, Set.of("admin"), Instant.now(), Duration.ofMinutes(5));
    }

    /** An admin token issued two hours ago and still unexpired: older than the services' maximum token age. */
    public static String tooOld() {
        return TOKENS.token(TOKENS.adminName(), null, Set.of("admin"), Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(3));
    }

    /** Every kind of missing or refused credential, and the 401 detail each one gets. */
    public enum Refused {
        NONE(null, "A bearer token is required: send Authorization: Bearer <token>"),
        FORGED(Tokens.forged(), "The bearer token's signature does not verify with this service's key"),
        EXPIRED(Tokens.expired(), "The bearer token has expired"),
        OTHER_AUDIENCE(Tokens.forAnotherAudience(),
                "The bearer token was issued for another audience (aud); this service accepts only tokens for "
                        + DevTokens.AUDIENCE),
        NO_AUDIENCE(Tokens.withoutAudience(),
                "The bearer token names no audience (aud); this service accepts only tokens for "
                        + DevTokens.AUDIENCE),
        TOO_OLD(Tokens.tooOld(), "The bearer token was issued more than 3600 seconds ago; get a fresh one");

        private final String token;
        private final String detail;

        Refused(String token, String detail) {
            this.token = token;
            this.detail = detail;
        }

        /** The token to send; null: send none. */
        public String token() {
            return token;
        }

        /** The problem's detail the service answers. */
        public String detail() {
            return detail;
        }
    }

    public static String token(String name, String email, Set<String> roles) {
        return TOKENS.token(name, email, roles);
    }
}
