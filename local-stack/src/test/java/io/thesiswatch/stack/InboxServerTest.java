package io.thesiswatch.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.thesiswatch.devinfra.SmtpCatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local inbox: what it lists, in which order, under which ids, and what it still lists after a restart. */
class InboxServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ANA = "ana@example.com";
    private static final String BOB = "bob@example.com";

    @TempDir
    Path folder;
    private SmtpCatcher smtp;
    private InboxServer inbox;

    @BeforeEach
    void start() throws IOException {
        startOver();
    }

    @AfterEach
    void stop() {
        inbox.close();
        smtp.close();
    }

    @Test
    void listsEveryEmailNewestFirstAcrossRecipientsWithBareAddresses() throws Exception {
        send("Ana Lin <" + ANA + ">", "First, to Ana");
        send(BOB, "Second, to Bob");
        send(ANA, "Third, to Ana again");

        JsonNode messages = get("/api/messages", 200);

        assertEquals(List.of("Third, to Ana again", "Second, to Bob", "First, to Ana"), subjects(messages));
        assertEquals(List.of("id", "from", "to", "subject", "date", "text", "html"), fieldNames(messages.get(0)));
        JsonNode first = messages.get(2);
        assertEquals("[\"" + ANA + "\"]", first.get("to").toString());
        assertEquals("alerts@thesiswatch.local", first.get("from").asText());
        assertEquals("Plain text of First, to Ana", first.get("text").asText());
        assertEquals("<p>HTML of First, to Ana</p>", first.get("html").asText());
        assertTrue(first.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), first.toString());
    }

    @Test
    void anIdNeverChangesAndAnswersItsOwnMessage() throws Exception {
        send(ANA, "To Ana");
        send(BOB, "To Bob");
        List<String> before = ids(get("/api/messages", 200));

        send(ANA, "To Ana again");
        List<String> after = ids(get("/api/messages", 200));

        assertEquals(before, after.subList(1, 3), "the earlier messages keep their ids");
        assertFalse(before.contains(after.get(0)), "a new message gets a new id: " + after);
        JsonNode bobs = get("/api/messages/" + before.get(0), 200);
        assertEquals("To Bob", bobs.get("subject").asText());
        assertEquals("[\"" + BOB + "\"]", bobs.get("to").toString());
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        send(ANA, "The only one");

        JsonNode problem = get("/api/messages/999", 404);

        assertEquals(404, problem.get("status").asInt());
        assertEquals("No message 999 in the inbox", problem.get("detail").asText());
        assertEquals(404, request("/api/messages/not-a-number").statusCode());
        assertEquals(404, request("/messages/999").statusCode());
    }

    @Test
    void aRestartedInboxOverTheSameFolderListsTheSameMessagesUnderTheSameIds() throws Exception {
        send(ANA, "Before the restart, to Ana");
        send(BOB, "Before the restart, to Bob");
        JsonNode before = get("/api/messages", 200);

        stop();
        startOver();
        JsonNode after = get("/api/messages", 200);
        send(ANA, "After the restart");

        assertEquals(before, after);
        List<String> ids = ids(get("/api/messages", 200));
        assertEquals(ids(before), ids.subList(1, 3));
        assertNotEquals(ids.get(1), ids.get(0));
        assertEquals("After the restart", get("/api/messages/" + ids.get(0), 200).get("subject").asText());
    }

    @Test
    void thePageListsTheNewestFirstAndLinksEachMessage() throws Exception {
        send(ANA, "Older");
        send(BOB, "Newer");
        List<String> ids = ids(get("/api/messages", 200));

        String page = request("/").body();
        HttpResponse<String> newest = request("/messages/" + ids.get(0));

        assertTrue(page.indexOf("Newer") < page.indexOf("Older"), page);
        assertTrue(page.contains("<td>" + BOB + "</td>"), page);
        assertTrue(page.contains("href=\"/messages/" + ids.get(1) + "\""), page);
        assertEquals(200, newest.statusCode());
        assertEquals("<p>HTML of Newer</p>", newest.body());
    }

    private void startOver() throws IOException {
        smtp = SmtpCatcher.start(0);
        inbox = InboxServer.start(smtp, folder, "127.0.0.1", 0);
    }

    private void send(String to, String subject) throws MessagingException {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", "127.0.0.1");
        settings.put("mail.smtp.port", String.valueOf(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(settings));
        message.setFrom(new InternetAddress("Thesis Watch <alerts@thesiswatch.local>"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Plain text of " + subject, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>HTML of " + subject + "</p>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(message);
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = request(path);
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> request(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + inbox.port() + path);
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> subjects(JsonNode messages) {
        return values(messages, "subject");
    }

    private static List<String> ids(JsonNode messages) {
        return values(messages, "id");
    }

    private static List<String> values(JsonNode messages, String field) {
        List<String> values = new ArrayList<>();
        messages.forEach(message -> values.add(message.get(field).asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode message) {
        List<String> names = new ArrayList<>();
        message.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
