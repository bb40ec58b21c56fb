package io.thesiswatch.devinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmtpCatcherTest {

    private final SmtpCatcher catcher = SmtpCatcher.start(0);

    @AfterEach
    void stop() {
        catcher.close();
    }

    @Test
    void readsAnAlternativeEmailAsAMailProgramWould() throws Exception {
        send("mei@example.com", "確認您的訂閱", "Confirm: http://localhost/confirm?token=abc.DEF-1_2 thanks",
                "<p>投資論點</p>");

        ReceivedEmail email = catcher.emailsTo("mei@example.com").get(0);

        assertEquals("確認您的訂閱", email.subject());
        assertEquals(List.of("mei@example.com"), email.recipients());
        assertTrue(email.text().startsWith("Confirm:"), email.text());
        assertEquals("<p>投資論點</p>", email.html());
        assertEquals(Optional.of("abc.DEF-1_2"), email.linkToken());
        assertEquals("<https://example.com/unsubscribe>", email.header("List-Unsubscribe"));
        assertEquals(email.header("Message-ID"), email.messageId());
        assertNull(email.header("X-Absent"));
        assertTrue(email.sentAt().isPresent());
    }

    @Test
    void picksEmailsByRecipientAndSubject() throws Exception {
        send("ana@example.com", "[WARNING] Capex", "a", "<p>a</p>");
        send("ana@example.com", "Welcome", "b", "<p>b</p>");
        send("bob@example.com", "[WARNING] Capex", "c", "<p>c</p>");

        assertEquals(3, catcher.emails().size());
        assertEquals(2, catcher.emailsTo("ana@example.com").size());
        assertEquals(1, catcher.emailsTo("ana@example.com", "Capex").size());
        assertEquals(0, catcher.emailsTo("carl@example.com").size());
    }

    @Test
    void tellsAListenerOfEveryEmailOnceWhateverItsRecipients() throws Exception {
        List<ReceivedEmail> heard = new CopyOnWriteArrayList<>();
        catcher.onEveryEmail(heard::add);
        MimeMessage toTwo = textOnly("To two");
        toTwo.setFrom(new InternetAddress("Thesis Watch <alerts@example.com>"));
        toTwo.setRecipients(Message.RecipientType.TO, "Ana Lin <ana@example.com>, bob@example.com");
        MimeMessage toOne = textOnly("To one");
        toOne.setRecipient(Message.RecipientType.TO, new InternetAddress("carl@example.com"));
        try (Transport connection = session().getTransport("smtp")) {
            connection.connect();
            connection.sendMessage(toTwo, toTwo.getAllRecipients());
            connection.sendMessage(toOne, toOne.getAllRecipients());
        }

        assertEquals(3, catcher.emails().size());
        assertEquals(List.of("To two", "To one"), heard.stream().map(ReceivedEmail::subject).toList());
        assertEquals(List.of("Ana Lin <ana@example.com>", "bob@example.com"), heard.get(0).recipients());
        assertEquals(List.of("ana@example.com", "bob@example.com"), heard.get(0).toAddresses());
        assertEquals(Optional.of("alerts@example.com"), heard.get(0).fromAddress());
    }

    @Test
    void readsBackAnEmailFromTheSourceItWrites() throws Exception {
        send("mei@example.com", "確認您的訂閱", "Confirm: http://localhost/confirm?token=abc",
                "<p>投資論點</p>");
        ByteArrayOutputStream source = new ByteArrayOutputStream();

        catcher.emails().get(0).writeTo(source);
        ReceivedEmail copy = ReceivedEmail.parse(new ByteArrayInputStream(source.toByteArray()));

        assertEquals("確認您的訂閱", copy.subject());
        assertEquals(List.of("mei@example.com"), copy.toAddresses());
        assertEquals("<p>投資論點</p>", copy.html());
        assertEquals(Optional.of("abc"), copy.linkToken());
        assertEquals(Optional.empty(), copy.fromAddress());
    }

    @Test
    void anEmailWithoutAnHtmlPartSaysSo() throws Exception {
        MimeMessage plain = new MimeMessage(session());
        plain.setRecipient(Message.RecipientType.TO, new InternetAddress("ana@example.com"));
        plain.setSubject("Plain");
        plain.setText("no link here", "UTF-8");
        Transport.send(plain);

        ReceivedEmail email = catcher.emails().get(0);

        assertEquals("no link here", email.text());
        assertEquals(Optional.empty(), email.linkToken());
        assertThrows(IllegalStateException.class, email::html);
    }

    private void send(String to, String subject, String text, String html) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("List-Unsubscribe", "<https://example.com/unsubscribe>");
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setContent(html, "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", textPart, htmlPart));
        Transport.send(message);
    }

    private MimeMessage textOnly(String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setSubject(subject);
        message.setText("hello", "UTF-8");
        return message;
    }

    private Session session() {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(catcher.port()));
        return Session.getInstance(smtp);
    }
}
