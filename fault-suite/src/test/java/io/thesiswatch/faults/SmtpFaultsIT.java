package io.thesiswatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.faults.FaultySmtpServer.Behaviour;
import io.thesiswatch.stack.Api;
import io.thesiswatch.stack.Stack;
import io.thesiswatch.stack.StackOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * alert-service's mailer pointed at an SMTP server that never delivers: one that accepts connections and never
 * answers, one that answers MAIL FROM with 451, one with 550, one that drops the connection during DATA. Invariants:
 * an alert's outbox rows stay PENDING while
 * attempts grow, each saying why the last one failed, and end FAILED after the configured number of attempts; while
 * a send hangs, a check still answers within seconds and no outbox row is locked (a row lock taken from outside with
 * NOWAIT succeeds).
 */
class SmtpFaultsIT {

    private static final int MAX_ATTEMPTS = 3;
    private static final int FOLLOWERS = 2;
    private static final Duration CHECK_WHILE_HANGING = Duration.ofSeconds(5);

    private static TestStack system;
    private static FaultySmtpServer smtp;
    private static Scenario scenario;

    @BeforeAll
    static void start() throws Exception {
        smtp = FaultySmtpServer.start(Behaviour.SILENT);
        StackOptions options = StackOptions.defaults().withEnvironment("alert-service", Map.of(
                "QUARKUS_MAILER_PORT", String.valueOf(smtp.port()),
                "QUARKUS_MAILER_TIMEOUT", "2s",
                "ALERT_DELIVERY_MAX_ATTEMPTS", String.valueOf(MAX_ATTEMPTS),
                "ALERT_DELIVERY_BACKOFF", "PT0.5S"));
        system = TestStack.start(SmtpFaultsIT.class, Stack.Ports.free(), options);
        scenario = new Scenario(system.stack());
        scenario.companyWithRevenue("VRT", 7000);
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
        if (smtp != null) {
            smtp.close();
        }
    }

    @Test
    void aServerThatNeverAnswersLocksNothingAndStopsNoCheck() throws Exception {
        smtp.behave(Behaviour.SILENT);
        String event = alertToFollowers("Silent server");

        int connectionsBefore = smtp.connections();
        Poll.until("a send hanging on the silent server", Duration.ofSeconds(20),
                () -> smtp.connections() > connectionsBefore);
        // the send hangs up to the mailer's 2 s timeout: probe the rows now, and run a check meanwhile
        int lockedFromOutside = lockPendingRowsWithoutWaiting(event);
        long started = System.nanoTime();
        Api.Answer check = scenario.check();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("[SmtpFaultsIT] check while a send hangs: %d in %d ms%n", check.status(), took.toMillis());
        assertEquals(200, check.status(), "a check while SMTP hangs: " + check.text());
        assertTrue(took.compareTo(CHECK_WHILE_HANGING) < 0, "a check while SMTP hangs answers within "
                + CHECK_WHILE_HANGING.toSeconds() + " s, not " + took.toMillis() + " ms");
        assertTrue(lockedFromOutside > 0, "there were pending rows to lock");

        assertRetriedThenFailed(event, "timeout");
    }

    @Test
    void aTemporaryRefusalIsRetriedAndFailsAfterTheLastAttempt() throws Exception {
        smtp.behave(Behaviour.TEMPORARY_FAILURE);
        String event = alertToFollowers("Server answering 451");
        assertRetriedThenFailed(event, "451");
    }

    @Test
    void aPermanentRefusalFailsAfterTheLastAttempt() throws Exception {
        smtp.behave(Behaviour.PERMANENT_FAILURE);
        String event = alertToFollowers("Server answering 550");
        assertRetriedThenFailed(event, "550");
    }

    /**
     * The Vert.x mail client never completes a send whose connection the server drops during DATA (it waits to
     * write QUIT on the closed socket): the mailer's timeout is what ends it. Invariant: the attempt ends within
     * that timeout, the row is retried, and once the server takes messages every email goes out.
     */
    @Test
    void aConnectionDroppedDuringTheMessageIsRetriedNotLeftHanging() throws Exception {
        smtp.behave(Behaviour.DROPS_DURING_DATA);
        String event = alertToFollowers("Server dropping the message");
        UUID subscriber = scenario.deliveriesOf(event).get(0).subscriberId();
        Api admin = system.admin();
        JsonNode retried = Poll.until("a first attempt ended", Duration.ofSeconds(20), () -> {
            JsonNode row = admin.get(system.stack().alertUrl() + "/api/v1/deliveries?subscriberId=" + subscriber)
                    .require(Set.of(200), "deliveries").get("items").get(0);
            return row.hasNonNull("lastError") ? row : null;
        });
        System.out.printf("[SmtpFaultsIT] a send dropped during DATA ended with: %s%n", retried.get("lastError"));
        assertEquals("PENDING", retried.get("status").asText(), "retried, not failed for good: " + retried);

        smtp.behave(Behaviour.ACCEPTS);
        Poll.until("every email of the alert taken", Duration.ofSeconds(30),
                () -> scenario.deliveriesOf(event).stream().allMatch(row -> "SENT".equals(row.status())));
        assertTrue(smtp.accepted() >= FOLLOWERS, "the server took the messages: " + smtp.accepted());
    }

    /** A new thesis with followers and a trigger that fires at once; a check; answers the event. */
    private static String alertToFollowers(String title) throws Exception {
        String thesis = scenario.thesis(title, "VRT");
        scenario.followersOfThesis(thesis, FOLLOWERS, title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        String trigger = scenario.revenueTrigger(thesis, title + ": revenue passes 5000", "VRT", "GT", 5000);
        JsonNode run = scenario.checkOk();
        assertTrue(run.get("fired").asInt() >= 1, "the trigger fires: " + run);
        return scenario.eventOf(trigger);
    }

    /**
     * The event's rows, through the admin's deliveries report: seen PENDING with attempts made and the error of the
     * last one, then FAILED after the last attempt, the error saying why.
     */
    private static void assertRetriedThenFailed(String event, String errorSays) throws Exception {
        List<UUID> subscribers = scenario.deliveriesOf(event).stream().map(Scenario.Delivery::subscriberId).toList();
        assertEquals(FOLLOWERS, subscribers.size(), "one outbox row per follower");
        Api admin = system.admin();
        List<String> seen = new ArrayList<>();
        JsonNode failed = Poll.until("the rows FAILED after " + MAX_ATTEMPTS + " attempts", Duration.ofSeconds(90),
                () -> {
                    JsonNode row = admin.get(system.stack().alertUrl() + "/api/v1/deliveries?subscriberId="
                            + subscribers.get(0)).require(Set.of(200), "deliveries").get("items").get(0);
                    String state = row.get("status").asText() + "/" + row.get("attempts").asInt() + "/"
                            + (row.hasNonNull("lastError") ? "error" : "no error");
                    if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state)) {
                        seen.add(state);
                    }
                    return "PENDING".equals(row.get("status").asText()) ? null : row;
                });
        System.out.printf("[SmtpFaultsIT] %s: states seen %s; last error: %s%n", errorSays, seen,
                failed.get("lastError"));
        assertTrue(seen.stream().anyMatch(state -> state.startsWith("PENDING/") && state.endsWith("/error")
                        && !state.startsWith("PENDING/0/")),
                "PENDING with attempts made and the last one's error, before FAILED: " + seen);
        assertEquals("FAILED", failed.get("status").asText(), failed.toString());
        assertEquals(MAX_ATTEMPTS, failed.get("attempts").asInt(), failed.toString());
        String error = failed.get("lastError").asText("");
        assertTrue(error.toLowerCase(Locale.ROOT).contains(errorSays), "lastError says why: " + error);
        Poll.until("every row of the alert through its attempts", Duration.ofSeconds(30),
                () -> scenario.deliveriesOf(event).stream().noneMatch(row -> "PENDING".equals(row.status())));
        for (Scenario.Delivery row : scenario.deliveriesOf(event)) {
            assertEquals("FAILED", row.status(), "every row of the alert ends FAILED: " + row);
            assertEquals(MAX_ATTEMPTS, row.attempts(), row.toString());
        }
    }

    /**
     * Locks the event's pending rows from a connection of the test's own, with NOWAIT: it fails at once if
     * alert-service holds a lock on any of them. Answers how many rows it locked; rolls back.
     */
    private static int lockPendingRowsWithoutWaiting(String event) throws SQLException {
        try (Connection db = system.stack().connect("alert");
                PreparedStatement lock = db.prepareStatement(
                        "SELECT id FROM delivery WHERE event_id = ? AND status = 'PENDING' FOR UPDATE NOWAIT")) {
            db.setAutoCommit(false);
            lock.setObject(1, UUID.fromString(event));
            int locked = 0;
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    locked++;
                }
            } catch (SQLException e) {
                throw new AssertionError("a pending row is locked while a send hangs: " + e.getMessage(), e);
            } finally {
                db.rollback();
            }
            return locked;
        }
    }
}
