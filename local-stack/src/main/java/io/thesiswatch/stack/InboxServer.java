package io.thesiswatch.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An SMTP server that keeps every email it receives, with an inbox to read them: an HTML page at
 * {@code /}, one message at {@code /messages/N}, and JSON at {@code /api/messages}.
 */
final class MailCatcher implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GreenMail smtp;
    private final HttpServer inbox;

    private MailCatcher(GreenMail smtp, HttpServer inbox) {
        this.smtp = smtp;
        this.inbox = inbox;
    }

    static MailCatcher start(int smtpPort, int inboxPort) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HttpServer inbox = HttpServer.create(new InetSocketAddress("127.0.0.1", inboxPort), 0);
        MailCatcher catcher = new MailCatcher(smtp, inbox);
        inbox.createContext("/api/messages", catcher::json);
        inbox.createContext("/messages/", catcher::message);
        inbox.createContext("/", catcher::list);
        inbox.start();
        return catcher;
    }

    int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    int inboxPort() {
        return inbox.getAddress().getPort();
    }

    /** Every message received so far, oldest first, as subject, recipients, text and html. */
    List<Map<String, String>> messages() {
        List<Map<String, String>> all = new ArrayList<>();
        MimeMessage[] received = smtp.getReceivedMessages();
        for (int i = 0; i < received.length; i++) {
            all.add(describe(i, received[i]));
        }
        return all;
    }

    private static Map<String, String> describe(int index, MimeMessage message) {
        try {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", String.valueOf(index));
            m.put("to", String.valueOf(List.of(message.getRecipients(Message.RecipientType.TO))));
            m.put("subject", message.getSubject());
            m.put("date", String.valueOf(message.getSentDate() == null ? "" : message.getSentDate().toInstant()));
            m.put("messageId", message.getMessageID());
            m.put("text", part(message.getContent(), message.getContentType(), "text/plain"));
            m.put("html", part(message.getContent(), message.getContentType(), "text/html"));
            return m;
        } catch (IOException | MessagingException e) {
            return Map.of("id", String.valueOf(index), "subject", "(unreadable: " + e.getMessage() + ")");
        }
    }

    private static String part(Object content, String contentType, String type) throws IOException, MessagingException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart p = multipart.getBodyPart(i);
                String found = part(p.getContent(), p.getContentType(), type);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return contentType != null && contentType.toLowerCase().startsWith(type) ? String.valueOf(content) : null;
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
        inbox.stop(0);
        smtp.stop();
    }
}
