package io.thesiswatch.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackOptionsTest {

    @Test
    void laterEnvironmentReplacesEarlierForTheSameServiceOnly() {
        StackOptions options = StackOptions.defaults()
                .withEnvironment("alert-service", Map.of("ALERT_DELIVERY_BATCH_SIZE", "20", "QUARKUS_MAILER_PORT", "1"))
                .withEnvironment("alert-service", "QUARKUS_MAILER_PORT", "2525")
                .withEnvironment("thesis-service", "LOG_LEVEL", "DEBUG");

        assertEquals(Map.of("ALERT_DELIVERY_BATCH_SIZE", "20", "QUARKUS_MAILER_PORT", "2525"),
                options.environmentOf("alert-service"));
        assertEquals(Map.of("LOG_LEVEL", "DEBUG"), options.environmentOf("thesis-service"));
        assertEquals(Map.of(), options.environmentOf("company-service"));
    }

    @Test
    void optionsAreNotChangedByTheirDerivatives() {
        StackOptions base = StackOptions.defaults().withEnvironment("alert-service", "A", "1");
        base.withEnvironment("alert-service", "A", "2");

        assertEquals(Map.of("A", "1"), base.environmentOf("alert-service"));
    }

    @Test
    void aServiceTheStackDoesNotRunIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StackOptions.defaults().withEnvironment("alert", "A", "1"));
        assertEquals("No service alert in the stack; services: [company-service, thesis-service, alert-service]",
                refused.getMessage());
    }

    @Test
    void theLocalStackKeepsItsDataSafelyUnlessAskedToBeFast() {
        assertTrue(LocalStack.options(List.of("--fresh")).durableDatabase());
        assertFalse(LocalStack.options(List.of("--fresh", "--fast")).durableDatabase());
        assertFalse(StackOptions.defaults().durableDatabase(), "tests and benchmarks run on a throwaway database");
    }
}
