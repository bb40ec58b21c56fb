package io.thesiswatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.thesiswatch.alert.api.DigestRunResponse;
import io.thesiswatch.alert.service.ScheduledJobs;
import org.junit.jupiter.api.Test;

/** Replicas whose schedulers fire the digest sweep on the same tick: exactly one of them sweeps it. */
@QuarkusTest
class ScheduledTicksTest extends AlertTestSupport {

    private static final int REPLICAS = 4;

    @Inject
    ScheduledJobs jobs;

    @Test
    void ofReplicasFiringTheDigestSweepTogetherExactlyOneSweepsEachTick() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
        try {
            for (int round = 0; round < 10; round++) {
                Instant tick = Instant.parse("2031-01-01T06:00:00Z").plusSeconds(3600L * round);
                CountDownLatch together = new CountDownLatch(1);
                List<Future<Optional<DigestRunResponse>>> sweeps = new ArrayList<>();
                for (int replica = 0; replica < REPLICAS; replica++) {
                    sweeps.add(replicas.submit(() -> {
                        together.await();
                        return jobs.sweepDigestsOnce(tick);
                    }));
                }
                together.countDown();
                int swept = 0;
                for (Future<Optional<DigestRunResponse>> sweep : sweeps) {
                    swept += sweep.get().isPresent() ? 1 : 0;
                }
                assertEquals(1, swept, "tick " + tick);
            }
            assertEquals(Optional.empty(), jobs.sweepDigestsOnce(Instant.parse("2031-01-01T06:00:00.400Z")),
                    "a scheduler's jitter within the second is the same tick");
        } finally {
            replicas.shutdownNow();
        }
    }
}
