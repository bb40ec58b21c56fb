package io.thesiswatch.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.thesiswatch.devinfra.ReceivedEmail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local inbox on disk: every email received, as sent, in its own {@code <id>.eml} file. Ids count up in
 * the order the emails arrived and are never given twice, also after a restart, so a link to a message keeps
 * showing that message; the folder is the only record, so the inbox survives a restart as it is.
 */
final class InboxFolder {

    private static final Logger LOG = LoggerFactory.getLogger(InboxFolder.class);
    private static final String ID = "[1-9][0-9]{0,17}";
    private static final Pattern MESSAGE_FILE = Pattern.compile("(" + ID + ")\\.eml");

    private final Path folder;
    private long lastId;

    private InboxFolder(Path folder, long lastId) {
        this.folder = folder;
        this.lastId = lastId;
    }

    /** Opens the inbox kept in this folder, making the folder if it is not there yet. */
    static InboxFolder open(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new InboxFolder(folder, ids(folder).stream().max(Comparator.naturalOrder()).orElse(0L));
    }

    /**
     * Keeps this email as the newest message. A failure to write it is logged, not thrown: it must not turn
     * into an SMTP error that makes the sender retry.
     */
    synchronized void keep(ReceivedEmail email) {
        long id = lastId + 1;
        Path partial = folder.resolve(id + ".eml.partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                email.writeTo(out);
            }
            // in place whole or not at all: a reader never sees half a message
            Files.move(partial, file(id), StandardCopyOption.ATOMIC_MOVE);
            lastId = id;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The local inbox could not keep an email in {}: {}", folder, e.toString());
        }
    }

    /** Every message, the newest first. */
    List<InboxMessage> newestFirst() {
        try {
            return ids(folder).stream().sorted(Comparator.reverseOrder())
                    .map(id -> InboxMessage.read(id.toString(), file(id))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message with this id, if there is one. */
    Optional<InboxMessage> find(String id) {
        if (!id.matches(ID)) {
            return Optional.empty();
        }
        Path file = file(Long.parseLong(id));
        return Files.isRegularFile(file) ? Optional.of(InboxMessage.read(id, file)) : Optional.empty();
    }

    private Path file(long id) {
        return folder.resolve(id + ".eml");
    }

    private static List<Long> ids(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> MESSAGE_FILE.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .map(found -> Long.parseLong(found.group(1))).toList();
        }
    }
}
