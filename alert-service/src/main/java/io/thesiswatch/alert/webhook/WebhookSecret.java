package io.thesiswatch.alert.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets that sign webhook deliveries, in the Standard Webhooks form: {@code whsec_} followed by the base64 of
 * the key's bytes. Receivers paste the whole text into their verification library as it is.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";

    /** Bytes of the keys this service makes. */
    static final int KEY_BYTES = 32;

    /** Key sizes the specification allows; anything else in the store is damaged, not a secret. */
    private static final int MIN_KEY_BYTES = 24;
    private static final int MAX_KEY_BYTES = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {
    }

    /** A new secret of 32 random bytes. */
    public static String generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * The HMAC key of a secret: the bytes after its prefix.
     *
     * @throws IllegalArgumentException when the text is not a {@code whsec_} secret of 24 to 64 bytes
     */
    public static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A webhook secret is " + PREFIX + " followed by base64", e);
        }
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("A webhook secret holds " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES
                    + " bytes, not " + key.length);
        }
        return key;
    }
}
