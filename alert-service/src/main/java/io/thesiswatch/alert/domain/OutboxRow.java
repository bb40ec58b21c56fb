package io.thesiswatch.alert.domain;

import java.time.Instant;

/** An outbox row as the delivery workers see it: attempts made, and the outcome of the latest. */
public interface OutboxRow {

    int attempts();

    void recordAttempt(DeliveryStatus status, Instant nextAttemptAt, String lastError, Instant sentAt);
}
