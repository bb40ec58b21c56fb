package io.thesiswatch.alert.lifecycle;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class RunningJobsTest {

    private final RunningJobs jobs = new RunningJobs();

    /** A job that runs until released, in a thread of its own. */
    private final class BlockedJob {

        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicBoolean finished = new AtomicBoolean();
        final CompletableFuture<Void> done = CompletableFuture.runAsync(() -> jobs.run("blocked", () -> {
            started.countDown();
            awaitQuietly(release);
            finished.set(true);
        }));

        BlockedJob running() throws InterruptedException {
            assertTrue(started.await(10, TimeUnit.SECONDS), "the job started");
            return this;
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aJobRunsWhileTheServiceRuns() {
        AtomicBoolean ran = new AtomicBoolean();
        jobs.run("job", () -> ran.set(true));
        assertTrue(ran.get());
        assertFalse(jobs.stopping());
    }

    @Test
    void noJobStartsOnceTheServiceStops() {
        assertTrue(jobs.stopAndAwait(Duration.ZERO), "nothing was running");
        AtomicBoolean ran = new AtomicBoolean();
        jobs.run("job", () -> ran.set(true));
        assertFalse(ran.get());
        assertTrue(jobs.stopping());
    }

    @Test
    void stoppingWaitsForTheRunningJobToEnd() throws Exception {
        BlockedJob job = new BlockedJob().running();
        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> {
            boolean allEnded = jobs.stopAndAwait(Duration.ofSeconds(10));
            return allEnded && job.finished.get();
        });
        await().atMost(Duration.ofSeconds(10)).until(jobs::stopping);
        job.release.countDown();
        assertTrue(stopped.get(10, TimeUnit.SECONDS), "stopping returned after the job had finished");
    }

    @Test
    void stoppingGivesUpWaitingAfterItsTime() throws Exception {
        BlockedJob job = new BlockedJob().running();
        assertFalse(jobs.stopAndAwait(Duration.ofMillis(50)));
        job.release.countDown();
        job.done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aJobThatFailsBecauseTheServiceStoppedGivesUpQuietly() {
        jobs.run("stopper", () -> {
            jobs.stopAndAwait(Duration.ZERO);
            throw new IllegalStateException("the datasource is closed");
        });
        assertTrue(jobs.stopping());
    }

    @Test
    void aJobThatFailsWhileTheServiceRunsStillFails() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> jobs.run("job", () -> {
                    throw new IllegalStateException("a real failure");
                }));
        assertEquals("a real failure", failure.getMessage());
    }
}
