package io.thesiswatch.stack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Waiting for a system of processes to get somewhere, and reading links out of emails. */
final class Waits {

    private Waits() {
    }

    /** Polls until the probe answers something (not null), for up to 30 seconds. */
    static <T> T await(Supplier<T> probe) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            pause(Duration.ofMillis(250));
        }
        throw new AssertionError("timed out");
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first link to this API path, with its token, in an email's text. */
    static String link(String text, String path) {
        Matcher m = Pattern.compile("(http\\S*" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_.-]+)").matcher(text);
        assertTrue(m.find(), "no " + path + " link in: " + text);
        return m.group(1);
    }
}
