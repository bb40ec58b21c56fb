package io.thesiswatch.devinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for an identity provider's OAuth2 token endpoint, for development and tests: it answers the
 * client-credentials grant of the clients it knows (client_secret_basic) with a service token signed by
 * {@link DevTokens}, as Keycloak would for a service account in the group {@code service}. It can be taken down
 * and brought back on the same port, and it remembers what it issued. Never for a real deployment.
 */
public final class DevTokenEndpoint implements AutoCloseable {

    static final String REALM_PATH = "/realms/thesis-watch";
    static final String TOKEN_PATH = "/protocol/openid-connect/token";

    /** A grant the endpoint answered: the grant type, the client's id:secret and the token it issued. */
    public record Grant(String grantType, String clientCredentials, String accessToken) {
    }

    private final DevTokens tokens;
    private final Map<String, String> secretsByClient;
    private final List<Grant> grants = new CopyOnWriteArrayList<>();
    private volatile Duration lifetime;
    private volatile HttpServer server;
    private volatile int port;

    private DevTokenEndpoint(DevTokens tokens, Map<String, String> secretsByClient, Duration lifetime) {
        this.tokens = tokens;
        this.secretsByClient = Map.copyOf(secretsByClient);
        this.lifetime = lifetime;
    }

    /** Serves on a free port of localhost: {@code secretsByClient} maps client ids to their secrets. */
    public static DevTokenEndpoint start(DevTokens tokens, Map<String, String> secretsByClient, Duration lifetime) {
        DevTokenEndpoint endpoint = new DevTokenEndpoint(tokens, secretsByClient, lifetime);
        endpoint.serve(0);
        return endpoint;
    }

    /**
     * The settings that point a service's OIDC client at this endpoint as {@code clientId}, as configuration
     * property names (an environment variable is the same name upper-cased with dots and dashes as underscores).
     */
    public Map<String, String> clientSettings(String clientId) {
        String secret = secretsByClient.get(clientId);
        if (secret == null) {
            throw new IllegalArgumentException("No client " + clientId);
        }
        return Map.of(
                "quarkus.oidc-client.client-enabled", "true",
                "quarkus.oidc-client.auth-server-url", "http://localhost:" + port + REALM_PATH,
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", TOKEN_PATH,
                "quarkus.oidc-client.client-id", clientId,
                "quarkus.oidc-client.credentials.secret", secret);
    }

    /** Tokens issued from now on last this long. */
    public void issueTokensLasting(Duration tokenLifetime) {
        lifetime = tokenLifetime;
    }

    /** The grants answered so far, oldest first. */
    public List<Grant> grants() {
        return List.copyOf(grants);
    }

    /** Refuses connections, as an identity provider that is down. */
    public void down() {
        HttpServer running = server;
        server = null;
        if (running != null) {
            running.stop(0);
        }
    }

    /** Answers again, on the same port. */
    public void up() {
        if (server == null) {
            serve(port);
        }
    }

    @Override
    public void close() {
        down();
    }

    private void serve(int onPort) {
        try {
            HttpServer started = HttpServer.create(new InetSocketAddress("localhost", onPort), 0);
            started.createContext(REALM_PATH + TOKEN_PATH, this::answer);
            started.start();
            port = started.getAddress().getPort();
            server = started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            Map<String, String> form = form(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            String credentials = basicCredentials(exchange.getRequestHeaders().getFirst("Authorization"));
            String clientId = credentials.contains(":") ? credentials.substring(0, credentials.indexOf(':')) : "";
            if (!"client_credentials".equals(form.get("grant_type"))) {
                send(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
                return;
            }
            if (!credentials.equals(clientId + ":" + secretsByClient.get(clientId))) {
                send(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            Duration tokenLifetime = lifetime;
            String token = tokens.token("service-account-" + clientId, null, List.of("service"), Instant.now(),
                    tokenLifetime);
            grants.add(new Grant(form.get("grant_type"), credentials, token));
            send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                    + tokenLifetime.toSeconds() + "}");
        }
    }

    /** id:secret of HTTP Basic client authentication; empty when the request has none. */
    private static String basicCredentials(String authorization) {
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
