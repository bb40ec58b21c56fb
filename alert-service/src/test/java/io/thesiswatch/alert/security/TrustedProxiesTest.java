package io.thesiswatch.alert.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void forwardingWithoutATrustedProxyDoesNotStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new TrustedProxies(true, Optional.empty()));
        assertTrue(refused.getMessage().contains("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> new TrustedProxies(true, Optional.of(List.of())));
        assertDoesNotThrow(() -> new TrustedProxies(true, Optional.of(List.of("10.0.0.0/8"))));
        assertDoesNotThrow(() -> new TrustedProxies(false, Optional.empty()));
    }
}
