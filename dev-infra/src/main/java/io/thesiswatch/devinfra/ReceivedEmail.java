package io.thesiswatch.devinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** One email as its reader's mail program shows it: decoded subject, headers, the plain-text and HTML parts. */
public final class ReceivedEmail {

    private static final Pattern LINK_TOKEN = Pattern.compile("token=([A-Za-z0-9_.-]+)");

    private final MimeMessage message;

    ReceivedEmail(MimeMessage message) {
        this.message = message;
    }

    /** Reads an email from its source as sent (RFC 5322, an {@code .eml} file), all of it. */
    public static ReceivedEmail parse(InputStream source) {
        return new ReceivedEmail(read(() -> new MimeMessage((Session) null, source)));
    }

    /** Writes the email's source as received, what {@link #parse} reads back. */
    public void writeTo(OutputStream target) {
        read(() -> {
            message.writeTo(target);
            return null;
        });
    }

    /** The To recipients, as written in the message ({@code Name <address>} or just the address). */
    public List<String> recipients() {
        return to().map(Address::toString).toList();
    }

    /** The To recipients' bare addresses ({@code ana@example.com}, without a name). */
    public List<String> toAddresses() {
        return to().map(ReceivedEmail::bare).toList();
    }

    /** The sender's bare address, from the From header. */
    public Optional<String> fromAddress() {
        Address[] from = read(message::getFrom);
        return from == null || from.length == 0 ? Optional.empty() : Optional.of(bare(from[0]));
    }

    public boolean isTo(String address) {
        return recipients().stream().anyMatch(recipient -> recipient.contains(address));
    }

    public String subject() {
        return read(message::getSubject);
    }

    /** The values of a header joined by commas, or null when the message has no such header. */
    public String header(String name) {
        String[] values = read(() -> message.getHeader(name));
        return values == null ? null : String.join(",", values);
    }

    public String messageId() {
        return read(message::getMessageID);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(read(message::getSentDate)).map(Date::toInstant);
    }

    /** The plain-text part; an email without one is a failure. */
    public String text() {
        return requiredPart("text/plain");
    }

    /** The HTML part; an email without one is a failure. */
    public String html() {
        return requiredPart("text/html");
    }

    /** The first part of this MIME type ({@code text/plain}, {@code text/html}), looking inside multiparts. */
    public Optional<String> part(String mimeType) {
        return Optional.ofNullable(read(() -> find(message, mimeType.toLowerCase(Locale.ROOT))));
    }

    /**
     * An image carried inside the email and shown by its HTML ({@code cid:}): its Content-ID without angle
     * brackets, its MIME type, its bytes, and the type of the multipart that holds it ({@code multipart/related}).
     */
    public record InlineImage(String contentId, String mimeType, byte[] bytes, String enclosingMultipart) {
    }

    /** Every part with a Content-ID, in the order they come. */
    public List<InlineImage> inlineImages() {
        List<InlineImage> images = new ArrayList<>();
        read(() -> {
            collectInline(message, "", images);
            return null;
        });
        return images;
    }

    private static void collectInline(Part part, String enclosing, List<InlineImage> images)
            throws IOException, MessagingException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            String type = multipart.getContentType().toLowerCase(Locale.ROOT).split(";")[0].trim();
            for (int i = 0; i < multipart.getCount(); i++) {
                collectInline(multipart.getBodyPart(i), type, images);
            }
            return;
        }
        String[] contentIds = part.getHeader("Content-ID");
        if (contentIds != null && contentIds.length > 0) {
            String type = part.getContentType().toLowerCase(Locale.ROOT).split(";")[0].trim();
            try (InputStream in = part.getInputStream()) {
                images.add(new InlineImage(contentIds[0].trim().replaceAll("^<|>$", ""), type, in.readAllBytes(),
                        enclosing));
            }
        }
    }

    /** The token of the first link in the plain-text part that carries one ({@code ...?token=...}). */
    public Optional<String> linkToken() {
        return part("text/plain").map(LINK_TOKEN::matcher).filter(Matcher::find).map(found -> found.group(1));
    }

    private String requiredPart(String mimeType) {
        return part(mimeType).orElseThrow(() -> new IllegalStateException("no " + mimeType + " part in " + subject()));
    }

    private Stream<Address> to() {
        Address[] to = read(() -> message.getRecipients(Message.RecipientType.TO));
        return to == null ? Stream.empty() : Arrays.stream(to);
    }

    private static String bare(Address address) {
        return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
    }

    private static String find(Part part, String mimeType) throws IOException, MessagingException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        String contentType = part.getContentType();
        boolean matches = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(mimeType);
        return matches && content instanceof String text ? text : null;
    }

    private static <T> T read(MessageRead<T> read) {
        try {
            return read.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable email", e);
        }
    }

    @FunctionalInterface
    private interface MessageRead<T> {
        T get() throws IOException, MessagingException;
    }
}
