package io.thesiswatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.stack.Stack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * alert-service stopped gracefully (SIGTERM, as an orchestrator stops it) while it sends one alert to 1,000
 * subscribers, and while a check runs; then started again. Invariants: every email is delivered exactly once (a
 * graceful stop leaves no email unrecorded); the check run is finished or FAILED, not left running (the restarted
 * replica takes over the work items the stopped one left); the next check succeeds.
 */
class GracefulStopIT {

    private static final int FOLLOWERS = 1000;
    private static final int STOP_AFTER_EMAILS = 300;

    private static TestStack system;

    @BeforeAll
    static void start() throws Exception {
        // a check item that the stop left claimed is taken over within seconds of the restart
        system = TestStack.withCompanyBehindProxy(GracefulStopIT.class, Map.of("ALERT_CHECK_ITEM_LEASE", "PT5S"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aStopDuringDeliveryLosesAndRepeatsNoEmail() throws Exception {
        Stack stack = system.stack();
        Scenario scenario = new Scenario(stack);
        scenario.companyWithRevenue("VRT", 7000);
        String thesis = scenario.thesis("Power and cooling", "VRT");
        Map<UUID, String> followers = scenario.followersOfThesis(thesis, FOLLOWERS, "graceful");
        String trigger = scenario.revenueTrigger(thesis, "Revenue passes 5000", "VRT", "GT", 5000);
        EmailTally tally = EmailTally.of(stack);

        assertEquals(1, scenario.checkOk().get("fired").asInt(), "the trigger fires once");
        String event = scenario.eventOf(trigger);
        Poll.until(STOP_AFTER_EMAILS + " emails out before the stop", Duration.ofSeconds(60),
                () -> tally.received() >= STOP_AFTER_EMAILS);
        long stopping = System.nanoTime();
        int exit = stack.stop("alert-service");
        int receivedAtStop = tally.received();
        System.out.printf("[GracefulStopIT] stopped during delivery in %d ms (exit %d), %d emails out%n",
                (System.nanoTime() - stopping) / 1_000_000, exit, receivedAtStop);
        assertTrue(receivedAtStop < FOLLOWERS, "the stop came before the end of the delivery: " + receivedAtStop);

        stack.restart("alert-service");
        // well within the outbox lease (2 minutes): a stop gives its unsent rows back rather than leave them leased
        Poll.until("every follower's email within a minute of the restart (see " + system.logs() + ")",
                Duration.ofSeconds(60), () -> tally.reached(followers.values()) == FOLLOWERS);
        Poll.until("every outbox row SENT", Duration.ofSeconds(30), () -> scenario.deliveriesOf(event).stream()
                .allMatch(row -> "SENT".equals(row.status())));
        assertEquals(List.of(), tally.missingAmong(followers.values()), "no email lost");
        assertEquals(Map.of(), tally.duplicatesAmong(followers.values()), "no email sent twice");
    }

    @Test
    void aStopDuringACheckLeavesNoRunRunning() throws Exception {
        Stack stack = system.stack();
        Scenario scenario = new Scenario(stack);
        scenario.companyWithRevenue("ETN", 9000);
        String thesis = scenario.thesis("Grid equipment", "ETN");
        scenario.revenueTrigger(thesis, "Grid revenue passes 5000", "ETN", "GT", 5000);

        system.companyProxy().delayAnswers(Duration.ofSeconds(4));
        int requestsBefore = system.companyProxy().requests();
        CompletableFuture<String> slowCheck = CompletableFuture.supplyAsync(() -> {
            try {
                return String.valueOf(scenario.check().status());
            } catch (IOException | InterruptedException e) {
                return "nothing (" + e + ")";
            }
        });
        Poll.until("the check asking company-service for its series", Duration.ofSeconds(30),
                () -> system.companyProxy().requests() > requestsBefore);
        JsonNode running = scenario.newestCheckRun();
        assertFalse(Scenario.ended(running), "the check runs when the stop comes: " + running);

        int exit = stack.stop("alert-service");
        System.out.printf("[GracefulStopIT] stopped during a check (exit %d); the check answered %s%n", exit,
                slowCheck.getNow("nothing yet"));
        system.companyProxy().pass();
        stack.restart("alert-service");

        long id = running.get("id").asLong();
        // the restarted replica finishes what the stopped one left, as any replica would
        Poll.until("the check run ends after the restart", Duration.ofSeconds(30),
                () -> Scenario.ended(scenario.checkRun(id)));
        JsonNode run = scenario.checkRun(id);
        System.out.println("[GracefulStopIT] the stopped check run: " + run);
        assertTrue(Scenario.ended(run), "the check run is finished or FAILED after the stop, not running: " + run);
        JsonNode next = scenario.checkOk();
        assertTrue(Scenario.succeeded(next), "the next check succeeds: " + next);
    }
}
