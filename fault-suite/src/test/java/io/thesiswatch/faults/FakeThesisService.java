package io.thesiswatch.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.thesiswatch.stack.Api;

/**
 * Stands in for thesis-service where alert-service reads its trigger feed ({@code GET /api/v1/triggers}, cut into
 * one range by {@code GET /api/v1/triggers/ranges}), and
 * answers it well or badly: a good page, JSON that does not parse, or a page cut off in transit (the headers
 * promise more bytes than come before the connection closes). Reports of risk events are accepted and dropped.
 */
final class FakeThesisService implements AutoCloseable {

    /** How the trigger feed answers. */
    enum Feed {
        /** A good page with the triggers given. */
        GOOD,
        /** 200 with a body that is not JSON at all. */
        MALFORMED,
        /** 200 with the good page's length, but only half of it, then the connection closes. */
        TRUNCATED
    }

    private final HttpServer server;
    private final AtomicInteger feedReads = new AtomicInteger();
    private volatile Feed feed = Feed.GOOD;
    private volatile List<Map<String, Object>> triggers = List.of();

    private FakeThesisService(HttpServer server) {
        this.server = server;
    }

    static FakeThesisService start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeThesisService fake = new FakeThesisService(http);
        http.createContext("/api/v1/triggers", fake::triggerFeed);
        // one range of ids holds every trigger: the whole feed is one work item
        http.createContext("/api/v1/triggers/ranges", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            send(exchange, "{\"size\": 1000, \"boundaries\": []}".getBytes(StandardCharsets.UTF_8));
        });
        http.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        http.start();
        return fake;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the feed this way from now on. */
    void feed(Feed how) {
        feed = how;
    }

    /** The triggers of a good page (the trigger feed's items, as thesis-service writes them). */
    void triggers(List<Map<String, Object>> items) {
        triggers = List.copyOf(items);
    }

    /** How many times the feed was asked for. */
    int feedReads() {
        return feedReads.get();
    }

    private void triggerFeed(HttpExchange exchange) throws IOException {
        feedReads.incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        byte[] page = goodPage(exchange);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        switch (feed) {
            case GOOD -> send(exchange, page);
            case MALFORMED -> send(exchange, "{\"items\": [{\"id\": oops, ]".getBytes(StandardCharsets.UTF_8));
            case TRUNCATED -> {
                exchange.sendResponseHeaders(200, page.length);
                OutputStream body = exchange.getResponseBody();
                body.write(page, 0, page.length / 2);
                body.flush();
                // a handler that fails makes the server close the connection: the answer ends half way
                throw new IOException("the page is cut off here on purpose");
            }
            default -> throw new IllegalStateException("unknown feed " + feed);
        }
    }

    private byte[] goodPage(HttpExchange exchange) throws JsonProcessingException {
        String query = exchange.getRequestURI().getQuery();
        int page = intParameter(query, "page", 0);
        int size = intParameter(query, "size", 20);
        List<Map<String, Object>> items = page == 0 ? triggers : List.of();
        return Api.JSON.writeValueAsBytes(Map.of("items", items, "page", page, "size", size,
                "total", triggers.size()));
    }

    private static int intParameter(String query, String name, int otherwise) {
        if (query == null) {
            return otherwise;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return Integer.parseInt(pair.substring(name.length() + 1));
            }
        }
        return otherwise;
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
