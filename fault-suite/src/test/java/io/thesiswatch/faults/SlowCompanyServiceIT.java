package io.thesiswatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.stack.Stack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * company-service, as alert-service reaches it, answering in 5 s (past the client's 1.5 s read timeout), then not at
 * all (a black hole). Invariants: each check ends within a stated bound; the triggers whose series could not be read
 * are in ERROR; no alert email goes out because data was missing (a firing trigger is not "resolved", a quiet one
 * does not fire); after a few checks the circuit breaker answers at once and checks get fast; once company-service
 * answers again the triggers are evaluated again, still without an email.
 */
class SlowCompanyServiceIT {

    /** alert-service's read timeout for company-service here (30 s in production: see the report's figures). */
    private static final Duration READ_TIMEOUT = Duration.ofMillis(1500);
    /** Three attempts (two retries, 200 ms apart, with jitter), each cut at the read timeout, and room to record. */
    private static final Duration TIMED_OUT_CHECK_BOUND = READ_TIMEOUT.multipliedBy(3).plusSeconds(4);
    /** A check whose every call the open circuit breaker refuses at once. */
    private static final Duration FAST_CHECK_BOUND = Duration.ofMillis(1500);
    /**
     * The breaker opens once 20 calls are in its window, three quarters of them failures: three calls a check, so
     * the seventh timed-out check at the latest finds it open.
     */
    private static final int CHECKS_BEFORE_FAST = 8;

    private static TestStack system;

    @BeforeAll
    static void start() throws Exception {
        system = TestStack.withCompanyBehindProxy(SlowCompanyServiceIT.class, Map.of(
                "QUARKUS_REST_CLIENT_COMPANY_SERVICE_READ_TIMEOUT", String.valueOf(READ_TIMEOUT.toMillis())));
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void checksStayBoundedTriggersGoToErrorNoEmailGoesOutAndTheBreakerFailsFast() throws Exception {
        Stack stack = system.stack();
        Scenario scenario = new Scenario(stack);
        scenario.companyWithRevenue("VRT", 7000);
        String thesis = scenario.thesis("Power and cooling", "VRT");
        String firing = scenario.revenueTrigger(thesis, "Revenue passes 5000", "VRT", "GT", 5000);
        String quiet = scenario.revenueTrigger(thesis, "Revenue falls below 1000", "VRT", "LT", 1000);
        String follower = scenario.followersOfThesis(thesis, 1, "slow").values().iterator().next();
        EmailTally tally = EmailTally.of(stack);

        JsonNode healthy = scenario.checkOk();
        assertEquals(1, healthy.get("fired").asInt(), "with company-service answering, one trigger fires");
        Poll.until("the alert email", Duration.ofSeconds(30), () -> tally.received() == 1);

        system.companyProxy().delayAnswers(Duration.ofSeconds(5));
        long slowMillis = timedOutCheck(scenario, thesis, firing, quiet);
        List<Long> blackHoleMillis = new ArrayList<>();
        system.companyProxy().blackHole();
        long fastMillis = -1;
        for (int i = 0; i < CHECKS_BEFORE_FAST && fastMillis < 0; i++) {
            long millis = timedOutCheck(scenario, thesis, firing, quiet);
            if (millis < FAST_CHECK_BOUND.toMillis()) {
                fastMillis = millis;
            } else {
                blackHoleMillis.add(millis);
            }
        }
        System.out.printf("[SlowCompanyServiceIT] check durations (ms): answers in 5 s %s; black hole %s; "
                + "then with the breaker open %d%n", slowMillis, blackHoleMillis, fastMillis);
        assertTrue(fastMillis >= 0, "within " + CHECKS_BEFORE_FAST + " checks of the black hole, the circuit breaker "
                + "fails fast (checks under " + FAST_CHECK_BOUND.toMillis() + " ms): " + blackHoleMillis);

        system.companyProxy().pass();
        long recoveredAfter = System.nanoTime();
        JsonNode recovered = Poll.until("a check that reads company-service again", Duration.ofSeconds(30), () -> {
            JsonNode run = scenario.checkOk();
            return run.get("errors").asInt() == 0 ? run : null;
        });
        System.out.printf("[SlowCompanyServiceIT] company-service read again %d ms after it answered again: %s%n",
                (System.nanoTime() - recoveredAfter) / 1_000_000, recovered);
        Map<String, JsonNode> states = scenario.triggerStates(thesis);
        assertEquals("FIRING", states.get(firing).get("state").asText(), states.toString());
        assertEquals("OK", states.get(quiet).get("state").asText(), states.toString());
        assertEquals(1, scenario.alertEvents(), "no event while data was missing, nor when it came back");
        assertEquals(1, tally.received(), "one email in all, the first alert");
        assertEquals(1, tally.messageIdsOf(follower).size(), "the follower got the first alert only");
    }

    /**
     * Runs a check while company-service cannot be read: it answers 200 within the bound, both triggers are in ERROR,
     * and no event is recorded (so no email is queued). Answers how long it took.
     */
    private static long timedOutCheck(Scenario scenario, String thesis, String firing, String quiet)
            throws Exception {
        long started = System.nanoTime();
        JsonNode run = scenario.checkOk();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < TIMED_OUT_CHECK_BOUND.toMillis(), "a check ends within "
                + TIMED_OUT_CHECK_BOUND.toMillis() + " ms, not " + millis + ": " + run);
        assertEquals(2, run.get("errors").asInt(), "both triggers' series could not be read: " + run);
        assertEquals(0, run.get("fired").asInt() + run.get("resolved").asInt(), "no event: " + run);
        assertTrue(run.path("problem").asText().contains("company-service"), "the run says why: " + run);
        Map<String, JsonNode> states = scenario.triggerStates(thesis);
        for (String trigger : List.of(firing, quiet)) {
            JsonNode state = states.get(trigger);
            assertEquals("ERROR", state.get("state").asText(), "trigger " + trigger + ": " + state);
            assertTrue(state.hasNonNull("error"), "the trigger's state says why: " + state);
        }
        assertEquals(1, scenario.alertEvents(), "no alert event while company-service cannot be read");
        return millis;
    }
}
