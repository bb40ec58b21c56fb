package io.thesiswatch.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.thesiswatch.devinfra.SmtpCatcher;

/**
 * The inbox of the SMTP catcher, for a browser and for scripts, kept in a folder across restarts: an HTML list
 * at {@code /} (newest first), one message at {@code /messages/{id}}, and JSON at {@code /api/messages} (newest
 * first) and {@code /api/messages/{id}}.
 */
final class InboxServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/api/messages";
    private static final String PAGE = "/messages/";

    private final InboxFolder messages;
    private final HttpServer http;

    private InboxServer(InboxFolder messages, HttpServer http) {
        this.messages = messages;
        this.http = http;
    }

    /** Keeps every email the catcher receives from now on in this folder, and serves them on this address. */
    static InboxServer start(SmtpCatcher smtp, Path folder, String host, int port) throws IOException {
        InboxFolder messages = InboxFolder.open(folder);
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 0);
        smtp.onEveryEmail(messages::keep);
        InboxServer inbox = new InboxServer(messages, http);
        http.createContext(API, inbox::api);
        http.createContext(PAGE, inbox::page);
        http.createContext("/", inbox::list);
        http.start();
        return inbox;
    }

    int port() {
        return http.getAddress().getPort();
    }

    private void api(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(API) || path.equals(API + "/")) {
            sendJson(exchange, 200, messages.newestFirst());
            return;
        }
        Optional<String> id = idAfter(API + "/", path);
        Optional<InboxMessage> message = id.flatMap(messages::find);
        if (message.isPresent()) {
            sendJson(exchange, 200, message.get());
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Not Found");
        problem.put("status", 404);
        problem.put("detail", id.map(unknown -> "No message " + unknown + " in the inbox").orElse("No such path"));
        problem.put("instance", path);
        sendJson(exchange, 404, problem);
    }

    private void page(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Optional<InboxMessage> message = idAfter(PAGE, path).flatMap(messages::find);
        if (message.isEmpty()) {
            send(exchange, 404, "text/html; charset=utf-8", "<!DOCTYPE html><p>No message "
                    + escape(path.substring(PAGE.length())) + " in the inbox. <a href=\"/\">The inbox</a></p>");
            return;
        }
        InboxMessage m = message.get();
        String body = m.html() != null ? m.html() : "<pre>" + escape(m.text()) + "</pre>";
        send(exchange, 200, "text/html; charset=utf-8", body);
    }

    private void list(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/")) {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found: the inbox is at /");
            return;
        }
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Thesis Watch local inbox</title>
                <meta http-equiv="refresh" content="10"></head>
                <body style="font-family: sans-serif; max-width: 900px; margin: 24px auto;">
                <h1>Local inbox</h1>
                <p>Every email the local stack sent (newest first). JSON: <a href="/api/messages">/api/messages</a></p>
                <table cellpadding="6">
                <tr><th align="left">To</th><th align="left">Subject</th><th align="left">Sent</th></tr>
                """);
        for (InboxMessage m : messages.newestFirst()) {
            html.append("<tr><td>").append(escape(String.join(", ", m.to()))).append("</td><td><a href=\"")
                    .append(PAGE).append(m.id()).append("\">").append(escape(m.subject())).append("</a></td><td>")
                    .append(escape(m.date())).append("</td></tr>\n");
        }
        html.append("</table></body></html>");
        send(exchange, 200, "text/html; charset=utf-8", html.toString());
    }

    /** The id in a path that is this prefix and one more segment. */
    private static Optional<String> idAfter(String prefix, String path) {
        String id = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
        return id.isEmpty() || id.contains("/") ? Optional.empty() : Optional.of(id);
    }

    private static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        String type = status == 200 ? "application/json" : "application/problem+json";
        send(exchange, status, type, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
