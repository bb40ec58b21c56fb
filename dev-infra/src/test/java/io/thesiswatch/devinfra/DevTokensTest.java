package io.thesiswatch.devinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokensTest {

    private final DevTokens tokens = DevTokens.withNewKeys("thesiswatch.test");

    @Test
    void aSubscriberTokenCarriesTheClaimsTheServicesReadAndVerifiesWithThePublicKey() throws Exception {
        String token = tokens.subscriber("mei@example.com");

        assertTrue(verifies(token, tokens.publicKey()));
        JsonNode claims = claims(token);
        assertEquals("https://identity.thesiswatch.test", claims.get("iss").asText());
        assertEquals("mei@example.com", claims.get("upn").asText());
        assertEquals("mei@example.com", claims.get("email").asText());
        assertEquals("subscriber", claims.get("groups").get(0).asText());
        assertEquals(Duration.ofDays(30).toSeconds(), claims.get("exp").asLong() - claims.get("iat").asLong());
    }

    @Test
    void tokensOfAnotherKeyPairDoNotVerify() throws Exception {
        DevTokens stranger = DevTokens.withNewKeys("thesiswatch.test");

        assertFalse(verifies(stranger.admin(), tokens.publicKey()));
    }

    @Test
    void aTokenCanBeMadeAlreadyExpired() throws Exception {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));

        JsonNode claims = claims(tokens.token("ana", null, List.of("analyst"), twoHoursAgo, Duration.ofMinutes(1)));

        assertTrue(claims.get("exp").asLong() < Instant.now().getEpochSecond());
        assertFalse(claims.has("email"));
    }

    @Test
    void keysKeptInAFolderAreTheSameNextTime(@TempDir Path folder) throws Exception {
        DevTokens first = DevTokens.withKeysIn(folder, "thesiswatch.local");
        DevTokens again = DevTokens.withKeysIn(folder, "thesiswatch.local");

        assertEquals(first.publicKey(), again.publicKey());
        assertTrue(verifies(first.service("alert-service"), again.publicKey()));
        assertNotEquals(first.publicKey(), tokens.publicKey());
    }

    private static boolean verifies(String token, String publicKey) throws Exception {
        int lastDot = token.lastIndexOf('.');
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }

    private static JsonNode claims(String token) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
