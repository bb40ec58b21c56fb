package io.thesiswatch.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    @Test
    void aNewSecretIsThePrefixAndThirtyTwoRandomBytes() {
        String secret = WebhookSecret.generate();

        assertTrue(secret.startsWith("whsec_"), secret);
        byte[] key = WebhookSecret.key(secret);
        assertEquals(32, key.length);
        assertArrayEquals(Base64.getDecoder().decode(secret.substring("whsec_".length())), key);
        assertNotEquals(secret, WebhookSecret.generate());
    }

    @Test
    void theKeyOfTheSpecificationsExampleSecretIsItsBase64Bytes() {
        byte[] key = WebhookSecret.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        assertArrayEquals(Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), key);
    }

    @Test
    void malformedSecretsAreRefusedWithWhatIsWrong() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

        assertTrue(refusal(null).contains("starts with whsec_"));
        assertTrue(refusal("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").contains("starts with whsec_"));
        assertTrue(refusal("whsec_not base64!").contains("base64"));
        assertTrue(refusal("whsec_" + sixteenBytes).contains("24 to 64 bytes, not 16"));
        assertTrue(refusal("whsec_").contains("not 0"));
    }

    private static String refusal(String secret) {
        return assertThrows(IllegalArgumentException.class, () -> WebhookSecret.key(secret)).getMessage();
    }
}
