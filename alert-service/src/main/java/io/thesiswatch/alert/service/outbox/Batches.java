package io.thesiswatch.alert.service.outbox;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * How a worker drains its outbox in one run: batch after batch until one comes back short (nothing more is due) or
 * the service stops, and at most {@link #MAX_PER_RUN} batches, so that the next run (or replica) gets its turn.
 */
final class Batches {

    static final int MAX_PER_RUN = 50;

    private Batches() {
    }

    /** Runs {@code sendBatch} (which answers how many rows it claimed) until done; answers the rows claimed. */
    static int drain(int batchSize, BooleanSupplier stopping, IntSupplier sendBatch) {
        int total = 0;
        for (int i = 0; i < MAX_PER_RUN && !stopping.getAsBoolean(); i++) {
            int claimed = sendBatch.getAsInt();
            total += claimed;
            if (claimed < batchSize) {
                break;
            }
        }
        return total;
    }
}
