package io.thesiswatch.alert.service.outbox;

import java.time.Duration;

/** Exponential backoff: the base delay after the first failure, doubling after each one, up to a cap. */
final class Backoff {

    private Backoff() {
    }

    static Duration after(int failedAttempts, Duration base, Duration max) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
