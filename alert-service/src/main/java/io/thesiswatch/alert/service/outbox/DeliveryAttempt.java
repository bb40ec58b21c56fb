package io.thesiswatch.alert.service.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.OutboxRow;

/** How an outbox row's status follows from one attempt: sent, retried later, or failed for good. */
final class DeliveryAttempt {

    /** The longest a receiver's Retry-After can hold a row back. */
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

    private DeliveryAttempt() {
    }

    static void succeeded(OutboxRow row, Instant now) {
        row.recordAttempt(DeliveryStatus.SENT, now, null, now);
    }

    static void failed(OutboxRow row, Exception error, Instant now, AlertConfig.Delivery config) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        retryLater(row, message, now, Backoff.after(row.attempts, config.backoff(), config.maxBackoff()), config);
    }

    /**
     * A failed attempt of a row sent to many receivers at once: the backoff is jittered (between half and all of it)
     * so that retries do not arrive together, and never shorter than what the receiver asked for (Retry-After).
     */
    static void failed(OutboxRow row, String error, Instant now, AlertConfig.Delivery config, Duration askedToWait) {
        Duration backoff = Backoff.after(row.attempts, config.backoff(), config.maxBackoff());
        Duration jittered = Duration.ofMillis((long) (backoff.toMillis() * (0.5 + ThreadLocalRandom.current()
                .nextDouble() / 2)));
        Duration asked = askedToWait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : askedToWait;
        retryLater(row, error, now, jittered.compareTo(asked) < 0 ? asked : jittered, config);
    }

    /** Failed for good, whatever the attempts left. */
    static void failedForGood(OutboxRow row, String error, Instant now) {
        row.recordAttempt(DeliveryStatus.FAILED, now, truncated(error), null);
    }

    private static void retryLater(OutboxRow row, String error, Instant now, Duration delay,
            AlertConfig.Delivery config) {
        if (row.attempts >= config.maxAttempts()) {
            row.recordAttempt(DeliveryStatus.FAILED, now, truncated(error), null);
        } else {
            row.recordAttempt(DeliveryStatus.PENDING, now.plus(delay), truncated(error), null);
        }
    }

    private static String truncated(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
