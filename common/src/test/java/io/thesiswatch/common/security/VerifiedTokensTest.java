package io.thesiswatch.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    /** A verifier that counts its verifications and accepts only the tokens it was given. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final Map<String, JsonWebToken> valid = new HashMap<>();
        final Map<String, Integer> verifications = new HashMap<>();

        @Override
        public JsonWebToken parse(String bearer) throws ParseException {
            verifications.merge(bearer, 1, Integer::sum);
            JsonWebToken token = valid.get(bearer);
            if (token == null) {
                throw new ParseException("signature does not verify");
            }
            return token;
        }

        int verificationsOf(String bearer) {
            return verifications.getOrDefault(bearer, 0);
        }
    }

    private record Token(long iat, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "reader@example.com";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("iat", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return (T) Long.valueOf("iat".equals(claim) ? iat : exp);
        }
    }

    private static final class MovingClock extends Clock {
        Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final CountingVerifier verifier = new CountingVerifier();
    private final MovingClock clock = new MovingClock();

    private static Token issuedAt(Instant at, Duration lifetime) {
        return new Token(at.getEpochSecond(), at.plus(lifetime).getEpochSecond());
    }

    @Test
    void aTokenThatVerifiedIsNotVerifiedAgainWithinFiveMinutes() throws Exception {
        Token token = issuedAt(NOW, Duration.ofHours(1));
        verifier.valid.put("A", token);
        VerifiedTokens tokens = new VerifiedTokens(verifier, Optional.empty(), clock);

        assertSame(token, tokens.parse("A"));
        clock.now = NOW.plus(Duration.ofMinutes(4));
        assertSame(token, tokens.parse("A"));
        assertEquals(1, verifier.verificationsOf("A"));

        clock.now = NOW.plus(VerifiedTokens.LONGEST);
        tokens.parse("A");
        assertEquals(2, verifier.verificationsOf("A"), "verified in full again after five minutes");
    }

    @Test
    void aTokenIsVerifiedInFullAgainOnceExpiredOrTooOld() throws Exception {
        verifier.valid.put("SHORT", issuedAt(NOW, Duration.ofSeconds(90)));
        verifier.valid.put("OLD", issuedAt(NOW.minusSeconds(3500), Duration.ofHours(2)));
        VerifiedTokens tokens = new VerifiedTokens(verifier, Optional.of(3600L), clock);
        tokens.parse("SHORT");
        tokens.parse("OLD");

        clock.now = NOW.plusSeconds(89);
        tokens.parse("SHORT");
        assertEquals(1, verifier.verificationsOf("SHORT"));
        clock.now = NOW.plusSeconds(90);
        verifier.valid.remove("SHORT"); // the verifier now refuses it as expired
        assertThrows(ParseException.class, () -> tokens.parse("SHORT"));

        clock.now = NOW.plusSeconds(100);
        verifier.valid.remove("OLD"); // past its accepted age: issued 3,600 s before
        assertThrows(ParseException.class, () -> tokens.parse("OLD"));
    }

    @Test
    void aRefusedTokenIsVerifiedEveryTime() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, Optional.empty(), clock);
        assertThrows(ParseException.class, () -> tokens.parse("FORGED"));
        assertThrows(ParseException.class, () -> tokens.parse("FORGED"));
        assertEquals(2, verifier.verificationsOf("FORGED"));
        assertEquals(0, tokens.size());
    }

    @Test
    void atMostCapacityTokensAreKept() throws Exception {
        VerifiedTokens tokens = new VerifiedTokens(verifier, Optional.empty(), clock);
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            verifier.valid.put("T" + i, issuedAt(NOW, Duration.ofHours(1)));
            tokens.parse("T" + i);
        }
        assertEquals(1, tokens.size(), "full of live tokens: all dropped, then the new one kept");
    }
}
