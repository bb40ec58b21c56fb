package io.thesiswatch.faults;

import java.time.Duration;
import java.time.Instant;

/**
 * Waiting for a system of processes to get somewhere: a probe asked again and again until it answers, or a deadline
 * passes and the test fails saying what it waited for and what it saw last.
 */
final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    private Poll() {
    }

    /** A question asked of the system: an answer, or null while there is none yet. It may fail on the way. */
    @FunctionalInterface
    interface Probe<T> {
        T answer() throws Exception;
    }

    /** A condition of the system, which may fail on the way (an error counts as "not yet"). */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    /** Asks the probe until it answers (not null); fails after {@code timeout}. */
    static <T> T until(String what, Duration timeout, Probe<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        Exception lastError = null;
        while (true) {
            try {
                T answer = probe.answer();
                if (answer != null) {
                    return answer;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            } catch (Exception e) {
                lastError = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what
                        + (lastError == null ? "" : "; last error: " + lastError), lastError);
            }
            pause(INTERVAL);
        }
    }

    /** Waits until the condition holds; fails after {@code timeout}. */
    static void until(String what, Duration timeout, Condition condition) {
        until(what, timeout, () -> condition.holds() ? Boolean.TRUE : null);
    }

    /**
     * Keeps a fault in place until this instant (the database down for its 20 seconds, say): the length of the
     * fault itself, not a wait for the system.
     */
    static void holdUntil(Instant end) {
        Duration left = Duration.between(Instant.now(), end);
        if (!left.isNegative()) {
            pause(left);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
