package io.thesiswatch.alert.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature headers of a webhook delivery, as the Standard Webhooks specification has them: the receiver checks
 * {@code webhook-signature} against an HMAC-SHA256 of {@code <webhook-id>.<webhook-timestamp>.<body>} made with its
 * secret. While a rotated secret still overlaps the new one, each signs and the signatures are space-separated, so
 * that a receiver holding either verifies.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private static final String VERSION = "v1";
    private static final String HMAC = "HmacSHA256";

    private WebhookSignature() {
    }

    /**
     * The three headers for one delivery.
     *
     * @param messageId the same for every attempt of one message, so that receivers can drop repeats
     * @param timestamp when this attempt is made; receivers refuse those far from their clock
     * @param body exactly the bytes sent (as UTF-8)
     * @param secrets {@code whsec_} secrets, each adding one signature
     */
    public static Map<String, String> headers(String messageId, Instant timestamp, String body, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("At least one secret signs a delivery");
        }
        if (messageId.isBlank()) {
            throw new IllegalArgumentException("A webhook message needs an id");
        }
        String seconds = Long.toString(timestamp.getEpochSecond());
        byte[] signed = (messageId + "." + seconds + "." + body).getBytes(StandardCharsets.UTF_8);
        StringJoiner signatures = new StringJoiner(" ");
        for (String secret : secrets) {
            signatures.add(VERSION + "," + Base64.getEncoder().encodeToString(hmac(WebhookSecret.key(secret), signed)));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID_HEADER, messageId);
        headers.put(TIMESTAMP_HEADER, seconds);
        headers.put(SIGNATURE_HEADER, signatures.toString());
        return Collections.unmodifiableMap(headers);
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(content);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
