package io.thesiswatch.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An identity provider's OAuth2 token endpoint for tests: it answers the client-credentials grant of one client
 * with a service token signed by the key the services trust ({@link Tokens}), and points the service under test's
 * OIDC client at itself. Tests choose how long its tokens last, read what it issued and take it down.
 */
public class TokenEndpoint implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "thesis-watch-test-service";
    public static final String CLIENT_SECRET = "test-client-secret";
    static final String TOKEN_PATH = "/realms/thesis-watch/protocol/openid-connect/token";

    /** A grant the endpoint answered: the token it issued. */
    public record Grant(String grantType, String clientCredentials, String accessToken) {
    }

    private static final List<Grant> GRANTS = new CopyOnWriteArrayList<>();
    private static volatile Duration lifetime = Duration.ofSeconds(10);
    private static volatile HttpServer server;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        serve(0);
        return Map.of(
                "quarkus.oidc-client.client-enabled", "true",
                "quarkus.oidc-client.auth-server-url", "http://localhost:" + port + "/realms/thesis-watch",
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", "/protocol/openid-connect/token",
                "quarkus.oidc-client.client-id", CLIENT_ID,
                "quarkus.oidc-client.credentials.secret", CLIENT_SECRET);
    }

    @Override
    public void stop() {
        down();
    }

    /** Tokens issued from now on last this long (10 s until a test says otherwise). */
    public static void issueTokensLasting(Duration tokenLifetime) {
        lifetime = tokenLifetime;
    }

    /** The grants answered so far, oldest first. */
    public static List<Grant> grants() {
        return List.copyOf(GRANTS);
    }

    /** Refuses connections, as an identity provider that is down. */
    public static void down() {
        HttpServer running = server;
        server = null;
        if (running != null) {
            running.stop(0);
        }
    }

    /** Answers again, on the same port. */
    public static void up() {
        if (server == null) {
            serve(port);
        }
    }

    private static void serve(int onPort) {
        try {
            HttpServer started = HttpServer.create(new InetSocketAddress("localhost", onPort), 0);
            started.createContext(TOKEN_PATH, TokenEndpoint::answer);
            started.start();
            port = started.getAddress().getPort();
            server = started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            Map<String, String> form = form(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            String credentials = clientCredentials(exchange.getRequestHeaders().getFirst("Authorization"));
            if (!"client_credentials".equals(form.get("grant_type"))
                    || !(CLIENT_ID + ":" + CLIENT_SECRET).equals(credentials)) {
                send(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            Duration tokenLifetime = lifetime;
            String token = Tokens.service(CLIENT_ID, tokenLifetime);
            GRANTS.add(new Grant(form.get("grant_type"), credentials, token));
            send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                    + tokenLifetime.toSeconds() + "}");
        }
    }

    /** The client id and secret of HTTP Basic client authentication (client_secret_basic), as id:secret. */
    private static String clientCredentials(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return "";
        }
        return new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).filter(pair -> pair.length == 2)
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair[1]), (a, b) -> b));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
