package io.thesiswatch.alert.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import io.vertx.core.Vertx;

/**
 * Deliveries to a real HTTP server on 127.0.0.1 (allowed here by 127.0.0.0/8), reached through receiver.example.test,
 * which the test hosts file maps to 127.0.0.1.
 */
class WebhookSenderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String BODY = "{\"type\":\"alert.fired\",\"data\":{\"thesis\":\"AI capex\"}}";

    private static Vertx vertx;
    private static WireMockServer receiver;
    private static WebhookSender sender;
    private static DestinationGuard guard;

    private final String secret = WebhookSecret.generate();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        receiver = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
        receiver.start();
        sender = new WebhookSender(vertx, TIMEOUT, Clock.systemUTC());
        guard = new DestinationGuard(List.of(Cidr.parse("127.0.0.0/8")), true, InetAddress::getAllByName);
    }

    @AfterAll
    static void stop() {
        sender.close();
        receiver.stop();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @BeforeEach
    void reset() {
        receiver.resetAll();
    }

    @Test
    void aTakenDeliveryComesBackWithItsStatusBodyAndLatency() {
        receiver.stubFor(post(urlEqualTo("/hooks?team=7")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "text/plain").withBody("queued as job 42")));

        WebhookSender.Answer answer = send(destination("/hooks?team=7"));

        assertEquals(202, answer.statusCode());
        assertTrue(answer.delivered());
        assertEquals("queued as job 42", answer.excerpt());
        assertTrue(answer.latency().compareTo(Duration.ZERO) > 0 && answer.latency().compareTo(TIMEOUT) < 0,
                answer.latency().toString());
        assertEquals(Optional.empty(), answer.retryAfter());
        assertNull(answer.error());
    }

    @Test
    void theReceiverGetsASignedJsonPostAddressedToTheUrlsHost() throws Exception {
        receiver.stubFor(post(urlPathEqualTo("/hooks")).willReturn(aResponse().withStatus(204)));

        send(destination("/hooks?team=7"));

        receiver.verify(1, postRequestedFor(urlEqualTo("/hooks?team=7"))
                .withHeader("Host", equalTo("receiver.example.test:" + receiver.port()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("User-Agent", equalTo("ThesisWatch-Webhooks/1.0"))
                .withHeader("webhook-id", equalTo("msg_sender_test")));
        LoggedRequest received = receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks"))).get(0);
        assertEquals(BODY, received.getBodyAsString());
        Map<String, List<String>> headers = Map.of(
                "webhook-id", List.of(received.getHeader("webhook-id")),
                "webhook-timestamp", List.of(received.getHeader("webhook-timestamp")),
                "webhook-signature", List.of(received.getHeader("webhook-signature")));
        assertDoesNotThrow(() -> new Webhook(secret).verify(received.getBodyAsString(), headers));
    }

    @Test
    void theConnectionGoesToTheVettedAddressWithoutResolvingTheNameAgain() throws Exception {
        receiver.stubFor(post(urlEqualTo("/hooks")).willReturn(aResponse().withStatus(200)));
        // a name nothing resolves: only the vetted address can lead to the receiver
        String port = String.valueOf(receiver.port());
        Destination vetted = new Destination(URI.create("http://unlisted.example.test:" + port + "/hooks"),
                "unlisted.example.test", receiver.port(), InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));

        WebhookSender.Answer answer = send(vetted);

        assertEquals(200, answer.statusCode(), answer.error());
        receiver.verify(1, postRequestedFor(urlEqualTo("/hooks"))
                .withHeader("Host", equalTo("unlisted.example.test:" + port)));
    }

    @Test
    void anIpv6LiteralIsWrittenInBracketsInTheHostHeader() {
        receiver.stubFor(post(urlEqualTo("/hooks")).willReturn(aResponse().withStatus(200)));
        DestinationGuard allowingLoopback = new DestinationGuard(List.of(Cidr.parse("::1/128")), true,
                InetAddress::getAllByName);

        WebhookSender.Answer answer = send(allowingLoopback.check("http://[::1]:" + receiver.port() + "/hooks"));

        assertEquals(200, answer.statusCode(), answer.error());
        receiver.verify(1, postRequestedFor(urlEqualTo("/hooks"))
                .withHeader("Host", equalTo("[::1]:" + receiver.port())));
    }

    @Test
    void aServerErrorComesBackWithTheWaitItAsksFor() {
        receiver.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(500).withHeader("Retry-After", "7")
                .withBody("{\"error\":\"database down\"}")));

        WebhookSender.Answer answer = send(destination("/hooks"));

        assertEquals(500, answer.statusCode());
        assertFalse(answer.delivered());
        assertEquals(Optional.of(Duration.ofSeconds(7)), answer.retryAfter());
        assertEquals("{\"error\":\"database down\"}", answer.excerpt());
        assertNull(answer.error());
    }

    @Test
    void aRedirectIsAnAnswerNotFollowed() {
        receiver.stubFor(post(urlEqualTo("/hooks")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://receiver.example.test:" + receiver.port() + "/elsewhere")));
        receiver.stubFor(post(urlEqualTo("/elsewhere")).willReturn(aResponse().withStatus(200)));

        WebhookSender.Answer answer = send(destination("/hooks"));

        assertEquals(302, answer.statusCode());
        assertFalse(answer.delivered());
        receiver.verify(1, anyRequestedFor(anyUrl()));
        receiver.verify(0, anyRequestedFor(urlEqualTo("/elsewhere")));
    }

    @Test
    void aReceiverTooSlowToAnswerIsATimeout() {
        receiver.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        WebhookSender impatient = new WebhookSender(vertx, Duration.ofMillis(500), Clock.systemUTC());
        try {
            WebhookSender.Answer answer = send(impatient, destination("/hooks"));

            assertNull(answer.statusCode());
            assertTrue(answer.error().contains("timeout"), answer.error());
            assertTrue(answer.latency().compareTo(Duration.ofMillis(2500)) < 0, answer.latency().toString());
            assertEquals("", answer.excerpt());
        } finally {
            impatient.close();
        }
    }

    @Test
    void aRefusedConnectionIsAnErrorWithoutStatus() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        WebhookSender.Answer answer = send(guard.check("http://receiver.example.test:" + closedPort + "/hooks"));

        assertNull(answer.statusCode());
        assertEquals("could not connect to receiver.example.test (127.0.0.1:" + closedPort + "): connection refused",
                answer.error());
    }

    @Test
    void anUntrustedCertificateIsATlsFailure() {
        receiver.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200)));

        WebhookSender.Answer answer = send(guard.check("https://receiver.example.test:" + receiver.httpsPort() + "/"));

        assertNull(answer.statusCode());
        assertTrue(answer.error().startsWith("TLS with receiver.example.test failed: "), answer.error());
        receiver.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void onlyTheFirst64KbOfALargeAnswerAreRead() {
        // 200 KB in 50 chunks, one each 100 ms: 64 KB have come after about 1.6 s, the whole body after 5 s
        receiver.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("x".repeat(200 * 1024))
                .withChunkedDribbleDelay(50, 5000)));

        WebhookSender.Answer answer = send(destination("/hooks"));

        assertEquals(200, answer.statusCode(), answer.error());
        assertEquals(64 * 1024, answer.bodyBytes());
        assertEquals("x".repeat(500), answer.excerpt());
        assertTrue(answer.latency().compareTo(Duration.ofSeconds(4)) < 0, answer.latency().toString());
    }

    @Test
    void theExcerptKeepsWholeCharacters() {
        String text = "é".repeat(300) + "😀".repeat(300);
        receiver.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "text/plain; charset=utf-8").withBody(text)));

        WebhookSender.Answer answer = send(destination("/hooks"));

        // 300 accented letters, then 100 emoji of two chars each: 500 chars
        assertEquals(text.substring(0, 500), answer.excerpt());
    }

    private Destination destination(String pathAndQuery) {
        return guard.check("http://receiver.example.test:" + receiver.port() + pathAndQuery);
    }

    private WebhookSender.Answer send(Destination destination) {
        return send(sender, destination);
    }

    private WebhookSender.Answer send(WebhookSender through, Destination destination) {
        Map<String, String> signature =
                WebhookSignature.headers("msg_sender_test", Instant.now(), BODY, List.of(secret));
        return through.send(destination, BODY, signature);
    }
}
