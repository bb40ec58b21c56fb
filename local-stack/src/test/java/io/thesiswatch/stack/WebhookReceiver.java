package io.thesiswatch.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on 127.0.0.1, as an app's backend would run one: it keeps every message and answers 204. */
final class WebhookReceiver implements AutoCloseable {

    /** A message as it arrived: its body, and its headers by lower-case name. */
    record Message(String body, Map<String, List<String>> headers) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Message> messages = new CopyOnWriteArrayList<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() throws IOException {
        WebhookReceiver receiver = new WebhookReceiver(HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10));
        receiver.server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            receiver.messages.add(new Message(body, exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue))));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.server.start();
        return receiver;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
