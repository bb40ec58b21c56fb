package io.thesiswatch.alert.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MailAuthenticityTest {

    private static final Optional<List<String>> SIGNED = Optional.of(List.of("From", "Subject", "List-Unsubscribe",
            "List-Unsubscribe-Post"));

    @Test
    void linksMustBeHttpsUnlessDevelopmentAllowsHttp() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new MailAuthenticity(
                "http://alerts.example.com", false, false, Optional.empty(), Optional.empty(), SIGNED));
        assertTrue(refused.getMessage().contains("ALERT_PUBLIC_BASE_URL must be an https URL"), refused.getMessage());
        assertDoesNotThrow(() -> new MailAuthenticity("https://alerts.example.com", false, false, Optional.empty(),
                Optional.empty(), SIGNED));
        assertDoesNotThrow(() -> new MailAuthenticity("http://localhost:8083", true, false, Optional.empty(),
                Optional.empty(), SIGNED));
    }

    @Test
    void signingNeedsAKeyAndMustCoverTheUnsubscribeHeaders() {
        IllegalStateException noKey = assertThrows(IllegalStateException.class, () -> new MailAuthenticity(
                "https://alerts.example.com", false, true, Optional.empty(), Optional.empty(), SIGNED));
        assertTrue(noKey.getMessage().contains("ALERT_DKIM_PRIVATE_KEY"), noKey.getMessage());
        IllegalStateException uncovered = assertThrows(IllegalStateException.class, () -> new MailAuthenticity(
                "https://alerts.example.com", false, true, Optional.of("key"), Optional.empty(),
                Optional.of(List.of("From", "List-Unsubscribe"))));
        assertTrue(uncovered.getMessage().contains("List-Unsubscribe-Post"), uncovered.getMessage());
        assertDoesNotThrow(() -> new MailAuthenticity("https://alerts.example.com", false, true, Optional.of("key"),
                Optional.empty(), SIGNED));
    }
}
