package io.thesiswatch.company.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.thesiswatch.common.schedule.TickClaims;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Replicas that fire on the same cron: each tick of a job is run by exactly one of them. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class TickClaimsTest {

    @Inject
    TickClaims ticks;

    @Test
    void ofReplicasFiringTogetherOnTheSameTickExactlyOneRunsIt() throws Exception {
        for (int round = 0; round < 20; round++) {
            Instant tick = Instant.parse("2030-01-01T06:00:00Z").plusSeconds(3600L * round);
            int replicas = 4;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(replicas);
            try {
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int replica = 0; replica < replicas; replica++) {
                    Callable<Boolean> claim = () -> {
                        start.await();
                        return ticks.claim("sec-companyfacts-fetch", tick);
                    };
                    claims.add(pool.submit(claim));
                }
                start.countDown();
                int ran = 0;
                for (Future<Boolean> claim : claims) {
                    ran += claim.get() ? 1 : 0;
                }
                assertEquals(1, ran, "tick " + tick);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void anotherTickOrAnotherJobIsClaimedOnItsOwn() {
        Instant tick = Instant.parse("2031-05-01T06:00:00Z");
        assertTrue(ticks.claim("job-a", tick));
        assertFalse(ticks.claim("job-a", tick), "the same tick again");
        assertFalse(ticks.claim("job-a", tick.plusMillis(400)), "the same second: a scheduler's jitter");
        assertTrue(ticks.claim("job-a", tick.plusSeconds(60)));
        assertTrue(ticks.claim("job-b", tick));
    }
}
