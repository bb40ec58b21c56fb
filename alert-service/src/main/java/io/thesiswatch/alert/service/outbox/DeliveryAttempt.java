package io.thesiswatch.alert.service.outbox;

import java.time.Instant;

import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.OutboxRow;

/** How an outbox row's status follows from one attempt: sent, retried later, or failed for good. */
final class DeliveryAttempt {

    private DeliveryAttempt() {
    }

    static void succeeded(OutboxRow row, Instant now) {
        row.recordAttempt(DeliveryStatus.SENT, now, null, now);
    }

    static void failed(OutboxRow row, Exception error, Instant now, AlertConfig.Delivery config) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        String lastError = message.length() > 1000 ? message.substring(0, 1000) : message;
        if (row.attempts >= config.maxAttempts()) {
            row.recordAttempt(DeliveryStatus.FAILED, now, lastError, null);
        } else {
            row.recordAttempt(DeliveryStatus.PENDING,
                    now.plus(Backoff.after(row.attempts, config.backoff(), config.maxBackoff())), lastError, null);
        }
    }
}
