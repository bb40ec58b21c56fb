package io.thesiswatch.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.devinfra.SmtpCatcher;

/**
 * The inbox of the SMTP catcher, for a browser: an HTML page at {@code /}, one message at
 * {@code /messages/N}, and JSON at {@code /api/messages}.
 */
final class InboxServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SmtpCatcher smtp;
    private final HttpServer http;

    private InboxServer(SmtpCatcher smtp, HttpServer http) {
        this.smtp = smtp;
        this.http = http;
    }

    static InboxServer start(SmtpCatcher smtp, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        InboxServer inbox = new InboxServer(smtp, http);
        http.createContext("/api/messages", inbox::json);
        http.createContext("/messages/", inbox::message);
        http.createContext("/", inbox::list);
        http.start();
        return inbox;
    }

    int port() {
        return http.getAddress().getPort();
    }

    /** Every message received so far, oldest first, as the JSON answer shows it. */
    private List<Map<String, String>> messages() {
        List<Map<String, String>> all = new ArrayList<>();
        List<ReceivedEmail> received = smtp.emails();
        for (int i = 0; i < received.size(); i++) {
            all.add(describe(i, received.get(i)));
        }
        return all;
    }

    private static Map<String, String> describe(int index, ReceivedEmail email) {
        try {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", String.valueOf(index));
            m.put("to", String.valueOf(email.recipients()));
            m.put("subject", email.subject());
            m.put("date", email.sentAt().map(String::valueOf).orElse(""));
            m.put("messageId", email.messageId());
            m.put("text", email.part("text/plain").orElse(null));
            m.put("html", email.part("text/html").orElse(null));
            return m;
        } catch (RuntimeException e) {
            return Map.of("id", String.valueOf(index), "subject", "(unreadable: " + e.getMessage() + ")");
        }
    }

    private void json(HttpExchange exchange) throws IOException {
        send(exchange, "application/json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(messages()));
    }

    private void list(HttpExchange exchange) throws IOException {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Thesis Watch local inbox</title>
                <meta http-equiv="refresh" content="10"></head>
                <body style="font-family: sans-serif; max-width: 900px; margin: 24px auto;">
                <h1>Local inbox</h1><p>Every email the local stack sent (newest first). JSON: <a href="/api/messages">/api/messages</a></p>
                <table cellpadding="6"><tr><th align="left">To</th><th align="left">Subject</th><th align="left">Sent</th></tr>
                """);
        List<Map<String, String>> all = messages();
        for (int i = all.size() - 1; i >= 0; i--) {
            Map<String, String> m = all.get(i);
            html.append("<tr><td>").append(escape(m.get("to"))).append("</td><td><a href=\"/messages/")
                    .append(m.get("id")).append("\">").append(escape(m.get("subject"))).append("</a></td><td>")
                    .append(escape(m.get("date"))).append("</td></tr>\n");
        }
        html.append("</table></body></html>");
        send(exchange, "text/html; charset=utf-8", html.toString());
    }

    private void message(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/messages/".length());
        List<Map<String, String>> all = messages();
        int index;
        try {
            index = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= all.size()) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        Map<String, String> m = all.get(index);
        String body = m.get("html") != null ? m.get("html") : "<pre>" + escape(m.get("text")) + "</pre>";
        send(exchange, "text/html; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
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
