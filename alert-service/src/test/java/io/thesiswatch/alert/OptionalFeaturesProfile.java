package io.thesiswatch.alert;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The settings the default test profile leaves off, turned on together so that Quarkus starts once for the tests
 * that need any of them (each profile is a restart): DKIM signing with a key made here, the tracing SDK (spans
 * exported every 50 ms), and an outbox that gives up after two attempts.
 */
public class OptionalFeaturesProfile implements QuarkusTestProfile {

    /** The DKIM signing key; a test publishes its public half as the selector's DNS record would. */
    static final KeyPair DKIM_KEYS = rsaKeys();
    static final String DKIM_SELECTOR = "test";
    static final String DKIM_DOMAIN = "thesiswatch.test";
    static final int DELIVERY_MAX_ATTEMPTS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        String privateKey = Base64.getEncoder().encodeToString(DKIM_KEYS.getPrivate().getEncoded());
        return Map.of("quarkus.mailer.dkim.enabled", "true",
                "quarkus.mailer.dkim.private-key", privateKey,
                "quarkus.mailer.dkim.selector", DKIM_SELECTOR,
                "quarkus.mailer.dkim.sdid", DKIM_DOMAIN,
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.bsp.schedule.delay", "PT0.05S",
                "alert.delivery.max-attempts", String.valueOf(DELIVERY_MAX_ATTEMPTS));
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
