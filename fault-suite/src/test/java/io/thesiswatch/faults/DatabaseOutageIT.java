package io.thesiswatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.stack.Api;
import io.thesiswatch.stack.Stack;
import io.thesiswatch.stack.StackOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped for 20 seconds under the running system, once while a check runs and once while alert emails go
 * out. Invariants: every service says it is not ready while the database is down and ready again after; once ready,
 * a burst of reads gets no 5xx (no dead pooled connection is handed out); the check that the outage cut off ends
 * (finished, or FAILED at its deadline) and the next check succeeds; no alert email is lost or sent twice.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration CHECK_DEADLINE = Duration.ofSeconds(24);
    private static final int FOLLOWERS = 300;
    private static final int READS_PER_SERVICE = 20;

    private static TestStack system;

    @BeforeAll
    static void start() throws Exception {
        // the outbox keeps its production lease (2 minutes), longer than the outage: a worker that cannot record
        // an email it sent waits for the database rather than leave the email to be sent again
        system = TestStack.withCompanyBehindProxy(DatabaseOutageIT.class, Map.of(
                "ALERT_CHECK_DEADLINE", "PT" + CHECK_DEADLINE.toSeconds() + "S",
                "ALERT_CHECK_SWEEP_INTERVAL", "2s"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aCheckCutOffByTheOutageEndsAndTheNextOneSucceeds() throws Exception {
        Stack stack = system.stack();
        Scenario scenario = new Scenario(stack);
        scenario.companyWithRevenue("VRT", 7000);
        String thesis = scenario.thesis("Power and cooling", "VRT");
        scenario.revenueTrigger(thesis, "Revenue passes 5000", "VRT", "GT", 5000);

        system.companyProxy().delayAnswers(Duration.ofSeconds(6));
        int requestsBefore = system.companyProxy().requests();
        CompletableFuture<Api.Answer> slowCheck = CompletableFuture.supplyAsync(() -> call(scenario::check));
        Poll.until("the check asking company-service for its series", Duration.ofSeconds(30),
                () -> system.companyProxy().requests() > requestsBefore);
        JsonNode cutOff = scenario.newestCheckRun();
        assertFalse(Scenario.ended(cutOff), "the check runs when the database stops: " + cutOff);

        databaseDownFor(stack);
        assertNoServerErrorsInABurstOfReads(stack);
        system.companyProxy().pass();
        System.out.println("[DatabaseOutageIT] the cut-off check answered: " + describe(slowCheck));

        long id = cutOff.get("id").asLong();
        Instant endBy = Instant.parse(cutOff.get("startedAt").asText()).plus(CHECK_DEADLINE).plusSeconds(20);
        JsonNode ended = Poll.until("check run " + id + " to end (finished, or FAILED at its deadline)",
                Duration.between(Instant.now(), endBy).plusSeconds(1), () -> {
                    JsonNode run = scenario.checkRun(id);
                    return Scenario.ended(run) ? run : null;
                });
        System.out.println("[DatabaseOutageIT] the cut-off check run: " + ended);
        JsonNode next = scenario.checkOk();
        assertTrue(Scenario.succeeded(next), "the next check succeeds: " + next);
    }

    @Test
    void noAlertEmailIsLostOrSentTwiceAcrossAnOutageDuringDelivery() throws Exception {
        Stack stack = system.stack();
        Scenario scenario = new Scenario(stack);
        scenario.companyWithRevenue("ETN", 9000);
        String thesis = scenario.thesis("Grid equipment", "ETN");
        Map<UUID, String> followers = scenario.followersOfThesis(thesis, FOLLOWERS, "outage");
        String trigger = scenario.revenueTrigger(thesis, "Grid revenue passes 5000", "ETN", "GT", 5000);
        EmailTally tally = EmailTally.of(stack);

        JsonNode run = scenario.checkOk();
        assertTrue(Scenario.succeeded(run), "the check succeeds: " + run);
        String event = scenario.eventOf(trigger);
        Poll.until("the first emails out", Duration.ofSeconds(60), () -> tally.reached(followers.values()) >= 50);

        int receivedBeforeOutage = tally.received();
        databaseDownFor(stack);
        Poll.until("every follower's email after the outage (see " + system.logs() + ")", Duration.ofSeconds(90),
                () -> tally.reached(followers.values()) == FOLLOWERS);
        Poll.until("every outbox row SENT", Duration.ofSeconds(30), () -> scenario.deliveriesOf(event).stream()
                .allMatch(row -> "SENT".equals(row.status())));

        System.out.printf("[DatabaseOutageIT] %d of %d emails out when the database stopped; %d sent twice%n",
                receivedBeforeOutage, FOLLOWERS, tally.duplicatesAmong(followers.values()).size());
        assertEquals(List.of(), tally.missingAmong(followers.values()), "no email lost");
        assertEquals(Map.of(), tally.duplicatesAmong(followers.values()), "no email sent twice");
    }

    /**
     * Stops PostgreSQL for {@link #OUTAGE}: every service must say it is not ready while it is down (within 15 s),
     * company-service's reads answer 503 meanwhile, and every service is ready again once it is back (within 60 s).
     */
    private static void databaseDownFor(Stack stack) throws Exception {
        Instant stopped = Instant.now();
        stack.stopDatabase();
        for (String service : StackOptions.SERVICES) {
            int status = Poll.until(service + " saying it is not ready while the database is down",
                    Duration.ofSeconds(15), () -> {
                        int ready = Health.readiness(stack.url(service));
                        return ready == 200 ? null : ready;
                    });
            System.out.printf("[DatabaseOutageIT] %s readiness with the database down: %d%n", service, status);
        }
        // company-service reads through two pools: JDBC for lists, the non-blocking client for a company's series
        for (String read : List.of("/api/v1/companies", "/api/v1/series/ANY/REVENUE")) {
            Api.Answer answer = system.admin().get(stack.companyUrl() + read);
            assertEquals(503, answer.status(), read + " with the database down: " + answer.text());
        }
        Poll.holdUntil(stopped.plus(OUTAGE));
        stack.startDatabase();
        Instant started = Instant.now();
        for (String service : StackOptions.SERVICES) {
            Poll.until(service + " ready again once the database is back", Duration.ofSeconds(60),
                    () -> Health.readiness(stack.url(service)) == 200);
        }
        System.out.printf("[DatabaseOutageIT] every service ready %d ms after the database came back%n",
                Duration.between(started, Instant.now()).toMillis());
    }

    /** Right after the services are ready again: concurrent reads on each of them, none answering 5xx. */
    private static void assertNoServerErrorsInABurstOfReads(Stack stack) throws Exception {
        Api admin = system.admin();
        // a company's series goes through company-service's non-blocking client, a pool of its own
        List<String> urls = List.of(stack.companyUrl() + "/api/v1/companies",
                stack.companyUrl() + "/api/v1/series/VRT/REVENUE", stack.thesisUrl() + "/api/v1/theses",
                stack.alertUrl() + "/api/v1/checks");
        Map<String, List<Future<Integer>>> statuses = new LinkedHashMap<>();
        ExecutorService readers = Executors.newFixedThreadPool(READS_PER_SERVICE);
        try {
            for (String url : urls) {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < READS_PER_SERVICE; i++) {
                    answers.add(readers.submit(() -> admin.get(url).status()));
                }
                statuses.put(url, answers);
            }
            Map<String, List<Integer>> serverErrors = new LinkedHashMap<>();
            for (Map.Entry<String, List<Future<Integer>>> read : statuses.entrySet()) {
                for (Future<Integer> answer : read.getValue()) {
                    int status = answer.get();
                    if (status >= 500) {
                        serverErrors.computeIfAbsent(read.getKey(), url -> new ArrayList<>()).add(status);
                    }
                }
            }
            assertEquals(Map.of(), serverErrors, "no 5xx among " + READS_PER_SERVICE
                    + " concurrent reads of each service right after the database came back");
        } finally {
            readers.shutdownNow();
        }
    }

    private static String describe(CompletableFuture<Api.Answer> answer) {
        try {
            Api.Answer done = answer.get(5, TimeUnit.SECONDS);
            return done.status() + " " + done.text();
        } catch (TimeoutException e) {
            return "no answer yet";
        } catch (Exception e) {
            return "no answer: " + e;
        }
    }

    private interface Call {
        Api.Answer run() throws IOException, InterruptedException;
    }

    private static Api.Answer call(Call call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
