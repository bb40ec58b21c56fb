package io.thesiswatch.alert.service.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

/**
 * A worker's claim on a batch of outbox rows: its token, and when it ends. Until then no other worker takes the
 * rows; after that another one may. A worker starts an attempt only if the attempt, at its longest, ends before
 * the lease does, so that two workers never send one row at the same time unless one of them died.
 */
public record Lease(UUID token, Instant until) {

    private static final Logger LOG = Logger.getLogger(Lease.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(4);

    public static Lease from(Instant now, Duration length) {
        return new Lease(UUID.randomUUID(), now.plus(length));
    }

    /** Whether an attempt that may take up to {@code longestAttempt}, started now, ends within the lease. */
    public boolean leavesTimeFor(Duration longestAttempt, Instant now) {
        return !now.plus(longestAttempt).isAfter(until);
    }

    /**
     * Attempts the claimed rows one after the other while the lease leaves time for one more attempt and the service
     * is not stopping; the rows left are given back, to be due again at once.
     */
    public <T> void attemptEach(List<T> claimed, Duration longestAttempt, BooleanSupplier stopping,
            Consumer<T> attempt, Consumer<List<T>> giveBack) {
        for (int i = 0; i < claimed.size(); i++) {
            if (stopping.getAsBoolean() || !leavesTimeFor(longestAttempt, Instant.now())) {
                giveBack.accept(claimed.subList(i, claimed.size()));
                return;
            }
            attempt.accept(claimed.get(i));
        }
    }

    /**
     * Records an attempt's outcome in a transaction of its own, trying again while the database cannot be reached
     * and the lease lasts: an outcome that is lost makes the next worker send the row again, so waiting for the
     * database is worth it. Gives up, with the last error, when the lease would end or the service stops.
     */
    public void record(Runnable transaction, BooleanSupplier stopping) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(transaction);
                return;
            } catch (RuntimeException e) {
                if (stopping.getAsBoolean() || !leavesTimeFor(pause, Instant.now())) {
                    throw e;
                }
                LOG.warnf("Recording an outbox attempt failed (%s); trying again in %d ms", e.getMessage(),
                        pause.toMillis());
                pause(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
