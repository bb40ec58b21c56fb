package io.thesiswatch.alert.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.thesiswatch.alert.config.AlertConfig;
import org.junit.jupiter.api.Test;

class LinkTokensTest {

    private static AlertConfig config(String secret) {
        return (AlertConfig) java.lang.reflect.Proxy.newProxyInstance(AlertConfig.class.getClassLoader(),
                new Class<?>[] {AlertConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "tokenSecret" -> secret;
                    case "tokens" -> new AlertConfig.Tokens() {
                        @Override
                        public Duration confirmTtl() {
                            return Duration.ofDays(7);
                        }

                        @Override
                        public Duration unsubscribeTtl() {
                            return Duration.ofDays(365);
                        }
                    };
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private final LinkTokens tokens = new LinkTokens(config("test-secret"));

    @Test
    void aTokenNamesItsSubscriberForItsOwnPurposeOnly() {
        UUID id = UUID.randomUUID();
        String confirm = tokens.confirmToken(id);
        assertEquals(Optional.of(id), tokens.verify(confirm, LinkTokens.Purpose.CONFIRM));
        assertEquals(Optional.empty(), tokens.verify(confirm, LinkTokens.Purpose.UNSUBSCRIBE));
        assertTrue(!confirm.contains(id.toString()), "the id is not readable in the link as it is");
    }

    @Test
    void aTamperedExpiredOrForeignTokenIsRefused() {
        UUID id = UUID.randomUUID();
        String token = tokens.unsubscribeToken(id);
        String tampered = tokens.sign(LinkTokens.Purpose.UNSUBSCRIBE, UUID.randomUUID(), Duration.ofDays(1))
                .split("\\.")[0] + "." + token.split("\\.")[1];
        assertEquals(Optional.empty(), tokens.verify(tampered, LinkTokens.Purpose.UNSUBSCRIBE));
        assertEquals(Optional.empty(), tokens.verify(
                tokens.sign(LinkTokens.Purpose.UNSUBSCRIBE, id, Duration.ofSeconds(-1)),
                LinkTokens.Purpose.UNSUBSCRIBE));
        assertEquals(Optional.empty(),
                new LinkTokens(config("other-secret")).verify(token, LinkTokens.Purpose.UNSUBSCRIBE));
        assertEquals(Optional.empty(), tokens.verify("", LinkTokens.Purpose.UNSUBSCRIBE));
        assertEquals(Optional.empty(), tokens.verify("a.b.c", LinkTokens.Purpose.UNSUBSCRIBE));
    }
}
