package io.thesiswatch.alert.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.config.AlertConfig;

/**
 * Signed tokens for the links in emails: {@code payload.signature}, where the payload names one purpose,
 * one subscriber and an expiry, and the signature is an HMAC-SHA256 of it with the configured secret.
 */
@ApplicationScoped
public class LinkTokens {

    public enum Purpose { CONFIRM, UNSUBSCRIBE }

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final AlertConfig config;
    private final Clock clock;

    public LinkTokens(AlertConfig config) {
        this.config = config;
        this.key = new SecretKeySpec(config.tokenSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = Clock.systemUTC();
    }

    public String confirmToken(UUID subscriberId) {
        return sign(Purpose.CONFIRM, subscriberId, config.tokens().confirmTtl());
    }

    public String unsubscribeToken(UUID subscriberId) {
        return sign(Purpose.UNSUBSCRIBE, subscriberId, config.tokens().unsubscribeTtl());
    }

    String sign(Purpose purpose, UUID subscriberId, Duration ttl) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        String payload = ENCODER.encodeToString((purpose + ":" + subscriberId + ":" + expires)
                .getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The subscriber a valid, unexpired token of this purpose names; empty for anything else. */
    public Optional<UUID> verify(String token, Purpose purpose) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !parts[0].equals(purpose.name())) {
                return Optional.empty();
            }
            if (Instant.ofEpochSecond(Long.parseLong(parts[2])).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
