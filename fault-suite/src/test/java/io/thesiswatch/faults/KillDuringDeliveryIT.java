package io.thesiswatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.thesiswatch.stack.Stack;
import io.thesiswatch.stack.StackOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * alert-service killed (SIGKILL, no shutdown of any kind) while it sends one alert to 1,000 subscribers, then started
 * again. Invariant: every subscriber gets the alert; the only emails sent twice are ones that were out but not yet
 * recorded SENT at the kill, at most one claimed batch of them, and a resend carries the first email's Message-ID (so
 * that a mail system recognises it); every outbox row ends SENT.
 */
class KillDuringDeliveryIT {

    private static final int FOLLOWERS = 1000;
    private static final int KILL_AFTER_EMAILS = 300;
    private static final int BATCH_SIZE = 20;

    private static TestStack system;

    @BeforeAll
    static void start() throws Exception {
        StackOptions options = StackOptions.defaults().withEnvironment("alert-service",
                ShortLease.environment(Map.of("ALERT_DELIVERY_BATCH_SIZE", String.valueOf(BATCH_SIZE))));
        system = TestStack.start(KillDuringDeliveryIT.class, Stack.Ports.free(), options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void everySubscriberGetsTheAlertAndOnlyEmailsUnsettledAtTheKillAreSentTwice() throws Exception {
        Stack stack = system.stack();
        Scenario scenario = new Scenario(stack);
        scenario.companyWithRevenue("VRT", 7000);
        String thesis = scenario.thesis("Power and cooling", "VRT");
        Map<UUID, String> followers = scenario.followersOfThesis(thesis, FOLLOWERS, "kill");
        String trigger = scenario.revenueTrigger(thesis, "Revenue passes 5000", "VRT", "GT", 5000);
        EmailTally tally = EmailTally.of(stack);

        assertEquals(1, scenario.checkOk().get("fired").asInt(), "the trigger fires once");
        String event = scenario.eventOf(trigger);
        Poll.until(KILL_AFTER_EMAILS + " emails out before the kill", Duration.ofSeconds(60),
                () -> tally.received() >= KILL_AFTER_EMAILS);
        stack.kill("alert-service");
        int receivedAtKill = tally.received();
        // the emails that may go out twice: received, but their row was not recorded SENT when the process died
        Set<String> sentButUnrecordedAtKill = scenario.deliveriesOf(event).stream()
                .filter(row -> !"SENT".equals(row.status())).map(Scenario.Delivery::email)
                .filter(email -> !tally.messageIdsOf(email).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(receivedAtKill < FOLLOWERS, "the kill came before the end of the delivery: " + receivedAtKill);

        long restartedAt = System.nanoTime();
        stack.restart("alert-service");
        Poll.until("every follower's email after the restart (see " + system.logs() + ")",
                Duration.ofSeconds(120), () -> tally.reached(followers.values()) == FOLLOWERS);
        long deliveredAfterMillis = (System.nanoTime() - restartedAt) / 1_000_000;
        Poll.until("every outbox row SENT", Duration.ofSeconds(30), () -> scenario.deliveriesOf(event).stream()
                .allMatch(row -> "SENT".equals(row.status())));

        Map<String, List<String>> duplicates = tally.duplicatesAmong(followers.values());
        System.out.printf("[KillDuringDeliveryIT] %d emails before the kill, %d of them not yet recorded SENT, "
                        + "%d sent twice, all %d delivered %d ms after the restart began%n", receivedAtKill,
                sentButUnrecordedAtKill.size(), duplicates.size(), FOLLOWERS, deliveredAfterMillis);
        assertEquals(FOLLOWERS, scenario.deliveriesOf(event).size(), "one outbox row per follower");
        assertTrue(sentButUnrecordedAtKill.containsAll(duplicates.keySet()),
                "only emails sent but not recorded at the kill go out twice: " + duplicates);
        assertTrue(sentButUnrecordedAtKill.size() <= BATCH_SIZE,
                "at most one claimed batch was in flight at the kill: " + sentButUnrecordedAtKill);
        followers.forEach((subscriber, email) -> {
            List<String> ids = tally.messageIdsOf(email);
            assertTrue(ids.size() <= 2, email + " got " + ids.size() + " emails: " + ids);
            assertEquals(1, Set.copyOf(ids).size(), "a resend carries the first email's Message-ID: " + ids);
            String id = ids.get(0);
            assertTrue(id != null && id.contains(event) && id.contains(subscriber.toString()),
                    "the Message-ID names the event and the subscriber: " + id);
        });
    }
}
