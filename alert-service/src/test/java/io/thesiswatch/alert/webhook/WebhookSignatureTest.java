package io.thesiswatch.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

/** Signatures checked with the Standard Webhooks reference library, as receivers check them. */
class WebhookSignatureTest {

    private static final String BODY = """
            {"type":"alert.fired","data":{"thesis":"AI capex","metric":"capex","value":"41.2"}}""";

    @Test
    void theSpecificationsExampleIsSignedAsTheSpecificationSays() {
        Map<String, String> headers = WebhookSignature.headers("msg_p5jXN8AQM9LWM0D4loKWxJek",
                Instant.ofEpochSecond(1614265330), "{\"test\": 2432232314}",
                List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

        assertEquals(Map.of("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                "webhook-timestamp", "1614265330",
                "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), headers);
    }

    @Test
    void aReceiverHoldingTheSecretVerifiesTheDelivery() throws Exception {
        String secret = WebhookSecret.generate();

        Map<String, String> headers = WebhookSignature.headers("msg_1", Instant.now(), BODY, List.of(secret));

        assertDoesNotThrow(() -> new Webhook(secret).verify(BODY, asReceived(headers)));
    }

    @Test
    void whileARotationOverlapsAReceiverHoldingEitherSecretVerifies() throws Exception {
        String previous = WebhookSecret.generate();
        String current = WebhookSecret.generate();

        Map<String, String> headers =
                WebhookSignature.headers("msg_2", Instant.now(), BODY, List.of(current, previous));

        assertEquals(2, headers.get("webhook-signature").split(" ").length, headers.get("webhook-signature"));
        assertDoesNotThrow(() -> new Webhook(previous).verify(BODY, asReceived(headers)));
        assertDoesNotThrow(() -> new Webhook(current).verify(BODY, asReceived(headers)));
        assertThrows(WebhookVerificationException.class,
                () -> new Webhook(WebhookSecret.generate()).verify(BODY, asReceived(headers)));
    }

    @Test
    void aTamperedBodyFailsVerification() throws Exception {
        String secret = WebhookSecret.generate();

        Map<String, String> headers = WebhookSignature.headers("msg_3", Instant.now(), BODY, List.of(secret));

        assertThrows(WebhookVerificationException.class,
                () -> new Webhook(secret).verify(BODY.replace("41.2", "14.2"), asReceived(headers)));
    }

    @Test
    void anotherMessageIdFailsVerification() throws Exception {
        String secret = WebhookSecret.generate();
        Map<String, String> headers = WebhookSignature.headers("msg_4", Instant.now(), BODY, List.of(secret));

        Map<String, String> otherId = new HashMap<>(headers);
        otherId.put("webhook-id", "msg_5");

        assertThrows(WebhookVerificationException.class, () -> new Webhook(secret).verify(BODY, asReceived(otherId)));
    }

    @Test
    void aDeliveryWithoutSecretsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> WebhookSignature.headers("msg_6", Instant.now(), BODY, List.of()));
    }

    private static Map<String, List<String>> asReceived(Map<String, String> headers) {
        return headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }
}
