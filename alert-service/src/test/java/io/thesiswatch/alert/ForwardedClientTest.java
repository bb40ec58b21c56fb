package io.thesiswatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy the client of a sign-up is the one its X-Forwarded-For names, believed only from a trusted proxy
 * (here 127.0.0.2); from anyone else the header is ignored and the sender itself is counted.
 */
@QuarkusTest
@TestProfile(ForwardedClientTest.BehindAProxy.class)
class ForwardedClientTest extends AlertTestSupport {

    private static final String PROXY = "127.0.0.2";
    private static final String ANYONE = "127.0.0.1";

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alert.signup.max-per-client-per-hour", "2",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", PROXY);
        }
    }

    @TestHTTPResource
    URL service;
    @Inject
    EntityManager entityManager;

    @BeforeEach
    @Transactional
    void noSignUpsCountedYet() {
        entityManager.createNativeQuery("DELETE FROM signup_attempt").executeUpdate();
    }

    /** A sign-up sent from this local address, with this X-Forwarded-For (or none); answers the status line. */
    private String signUpFrom(String localAddress, String forwardedFor) throws IOException {
        String body = "{\"email\": \"" + email("fwd") + "\"}";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(ANYONE, service.getPort()));
            String request = "POST /api/v1/subscribers HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: "
                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                    + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                    + "Connection: close\r\n\r\n" + body;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    }

    @Test
    void aTrustedProxysForwardedClientsEachGetTheirOwnQuota() throws IOException {
        assertEquals(202, status(signUpFrom(PROXY, "203.0.113.7")));
        assertEquals(202, status(signUpFrom(PROXY, "203.0.113.7")));
        String refused = signUpFrom(PROXY, "203.0.113.7");
        assertEquals(429, status(refused), refused);
        assertTrue(refused.toLowerCase().contains("retry-after: "), refused);
        assertEquals(202, status(signUpFrom(PROXY, "203.0.113.8")), "another client behind the same proxy");
    }

    @Test
    void anUntrustedSendersForwardedForIsIgnored() throws IOException {
        assertEquals(202, status(signUpFrom(ANYONE, "198.51.100.1")));
        assertEquals(202, status(signUpFrom(ANYONE, "198.51.100.2")));
        String refused = signUpFrom(ANYONE, "198.51.100.3");
        assertEquals(429, status(refused), "a new X-Forwarded-For value does not make a new client: " + refused);
        assertEquals(202, status(signUpFrom(PROXY, "198.51.100.3")), "that client, behind the trusted proxy");
    }
}
