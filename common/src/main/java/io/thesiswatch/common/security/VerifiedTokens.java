package io.thesiswatch.common.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens verified once, as an API gateway's JWT cache does: a client sends the same token with every request
 * until it expires, and verifying it (its RSA signature above all) was a fifth of the event loops' time in
 * single-series reads (bench/RESULTS.md, 2a). A token that verified is taken as verified again, the very same string
 * only, until the earliest of its expiry, the end of its accepted age ({@code mp.jwt.verify.token.age}) and
 * {@link #LONGEST}, which bounds how long a key withdrawn from the identity provider still counts. A token never
 * seen, or one refused, is verified in full every time: a refusal is never kept. At most {@link #CAPACITY} tokens:
 * past that, the expired ones go, then all.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final Duration LONGEST = Duration.ofMinutes(5);
    static final int CAPACITY = 10_000;

    private record Verified(JsonWebToken token, Instant until) {
    }

    private final JWTParser verifier;
    private final Optional<Long> maxAgeSeconds;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier,
            @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> maxAgeSeconds) {
        this(verifier, maxAgeSeconds, Clock.systemUTC());
    }

    VerifiedTokens(JWTParser verifier, Optional<Long> maxAgeSeconds, Clock clock) {
        this.verifier = verifier;
        this.maxAgeSeconds = maxAgeSeconds;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String bearer) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(bearer);
        if (known != null && now.isBefore(known.until())) {
            return known.token();
        }
        JsonWebToken token = verifier.parse(bearer);
        keep(bearer, token, now);
        return token;
    }

    private void keep(String bearer, JsonWebToken token, Instant now) {
        Instant until = now.plus(LONGEST);
        if (token.getExpirationTime() > 0) {
            until = earliest(until, Instant.ofEpochSecond(token.getExpirationTime()));
        }
        if (maxAgeSeconds.isPresent() && token.getIssuedAtTime() > 0) {
            until = earliest(until, Instant.ofEpochSecond(token.getIssuedAtTime() + maxAgeSeconds.get()));
        }
        if (!now.isBefore(until)) {
            verified.remove(bearer);
            return;
        }
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        verified.put(bearer, new Verified(token, until));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    int size() {
        return verified.size();
    }

    @Override
    public JsonWebToken parse(String bearer, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(bearer, context);
    }

    @Override
    public JsonWebToken verify(String bearer, PublicKey key) throws ParseException {
        return verifier.verify(bearer, key);
    }

    @Override
    public JsonWebToken verify(String bearer, SecretKey key) throws ParseException {
        return verifier.verify(bearer, key);
    }

    @Override
    public JsonWebToken verify(String bearer, String secret) throws ParseException {
        return verifier.verify(bearer, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearer, PrivateKey key) throws ParseException {
        return verifier.decrypt(bearer, key);
    }

    @Override
    public JsonWebToken decrypt(String bearer, SecretKey key) throws ParseException {
        return verifier.decrypt(bearer, key);
    }

    @Override
    public JsonWebToken decrypt(String bearer, String secret) throws ParseException {
        return verifier.decrypt(bearer, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearer) throws ParseException {
        return verifier.parseOnly(bearer);
    }
}
