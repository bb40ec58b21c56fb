package io.thesiswatch.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * Real signed tokens for tests: a key pair made for this JVM, the service under test verifying with its
 * public key, and tokens for each role signed with its private key (as an identity provider would).
 */
public class Tokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://identity.thesiswatch.test";
    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER = generate();

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "mp.jwt.verify.issuer", ISSUER,
                "thesiswatch.service-token", service());
    }

    @Override
    public void stop() {
        // the key pair lives as long as the JVM
    }

    public static String admin() {
        return token("admin@thesiswatch.test", null, Set.of("admin"));
    }

    public static String analyst(String name) {
        return token(name, null, Set.of("analyst"));
    }

    public static String subscriber(String email) {
        return token("subscriber:" + email, email, Set.of("subscriber"));
    }

    public static String service() {
        return token("alert-service", null, Set.of("service"));
    }

    /** A token with every right claim, signed by a key the services do not trust. */
    public static String forged() {
        return Jwt.issuer(ISSUER).upn("admin@thesiswatch.test").groups(Set.of("admin")).expiresIn(3600)
                .sign(STRANGER.getPrivate());
    }

    public static String expired() {
        long past = System.currentTimeMillis() / 1000 - 7200;
        return Jwt.issuer(ISSUER).upn("admin@thesiswatch.test").groups(Set.of("admin")).issuedAt(past - 60)
                .expiresAt(past).sign(KEYS.getPrivate());
    }

    public static String token(String name, String email, Set<String> roles) {
        var builder = Jwt.issuer(ISSUER).upn(name).subject(name).groups(roles).expiresIn(3600);
        if (email != null) {
            builder = builder.claim("email", email);
        }
        return builder.sign(KEYS.getPrivate());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
