package io.thesiswatch.alert;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import io.thesiswatch.testsupport.SmtpResource;

/** What the real SMTP server received, read as a subscriber's mail program would. */
final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_.-]+)");

    private Mailbox() {
    }

    static List<MimeMessage> to(String address) {
        return Arrays.stream(SmtpResource.greenMail().getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    static List<MimeMessage> to(String address, String subjectContains) {
        return to(address).stream().filter(m -> subject(m).contains(subjectContains)).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : String.join(",", values);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The token of the first link in the plain-text body. */
    static String token(MimeMessage message) {
        Matcher m = TOKEN.matcher(text(message));
        if (!m.find()) {
            throw new AssertionError("no link with a token in: " + text(message));
        }
        return m.group(1);
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(MimeMessage message, String type) {
        try {
            String found = find(message.getContent(), message.getContentType(), type);
            if (found == null) {
                throw new AssertionError("no " + type + " part in " + subject(message));
            }
            return found;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Object content, String contentType, String type) throws IOException, MessagingException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String found = find(part.getContent(), part.getContentType(), type);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return contentType.toLowerCase().startsWith(type) && content instanceof String s ? s : null;
    }
}
