package io.thesiswatch.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.thesiswatch.devinfra.ReceivedEmail;

/**
 * One message of the local inbox as {@code /api/messages} answers it. Addresses are bare
 * ({@code demo@thesiswatch.local}); {@code date} is when it was sent, ISO-8601 UTC; a message without a
 * plain-text or an HTML part has null there.
 */
@JsonPropertyOrder({ "id", "from", "to", "subject", "date", "text", "html" })
record InboxMessage(String id, String from, List<String> to, String subject, String date, String text, String html) {

    /** Reads the message kept in this file; one that cannot be read says why in its subject. */
    static InboxMessage read(String id, Path file) {
        try (InputStream source = Files.newInputStream(file)) {
            Instant kept = Files.getLastModifiedTime(file).toInstant();
            ReceivedEmail email = ReceivedEmail.parse(source);
            return new InboxMessage(id, email.fromAddress().orElse(null), email.toAddresses(), email.subject(),
                    email.sentAt().orElse(kept).toString(), email.part("text/plain").orElse(null),
                    email.part("text/html").orElse(null));
        } catch (IOException | RuntimeException e) {
            return new InboxMessage(id, null, List.of(), "(unreadable: " + e.getMessage() + ")", null, null, null);
        }
    }
}
