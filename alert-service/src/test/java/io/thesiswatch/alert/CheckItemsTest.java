package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.alert.metrics.OperationsMetrics;
import io.thesiswatch.alert.repository.CheckItemRepository;
import io.thesiswatch.alert.service.check.CheckService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A check cut into work items (ranges of trigger ids): each range read and recorded once, its progress shown per
 * item; an item whose replica died taken over after its lease; a replica whose lease was taken over records nothing.
 */
@QuarkusTest
class CheckItemsTest extends AlertTestSupport {

    private static final UUID FIRST_END = UUID.fromString("40000000-0000-0000-0000-000000000000");
    private static final UUID SECOND_END = UUID.fromString("80000000-0000-0000-0000-000000000000");

    @Inject
    CheckService checks;
    @Inject
    CheckItemRepository items;
    @Inject
    EntityManager entityManager;
    @Inject
    OperationsMetrics metrics;

    @Test
    void aCheckReadsEachRangeOnceAndShowsEveryItemsProgress() throws Exception {
        UUID thesis = UUID.randomUUID();
        FeedTrigger first = aTrigger().of(thesis).named("First range").warning()
                .on("NVDA", "CAPEX").yearly().above(100);
        FeedTrigger second = aTrigger().of(thesis).named("Second range").warning()
                .on("NVDA", "CAPEX").yearly().above(1);
        FeedTrigger third = aTrigger().of(thesis).named("Third range").warning()
                .on("NVDA", "CAPEX").yearly().above(100);
        Neighbours.triggerRanges(FIRST_END, SECOND_END);
        Neighbours.triggerRange(null, FIRST_END, first);
        Neighbours.triggerRange(FIRST_END, SECOND_END, second);
        Neighbours.triggerRange(SECOND_END, null, third);
        Neighbours.series(aSeries().point("2023", 10).point("2024", 50));

        JsonPath run = check();

        assertEquals("COMPLETED", run.getString("status"), run.prettify());
        assertEquals(3, run.getInt("items"));
        assertEquals(3, run.getInt("evaluated"));
        assertEquals(1, run.getInt("fired"), "the second range's trigger (50 > 1)");
        assertEquals(1 + 3 * 2, run.getInt("httpCalls"), "the ranges, then a page and its series per item");
        given().get("/api/v1/checks/{id}", run.getLong("id")).then().statusCode(200)
                .body("workItems.seq", contains(1, 2, 3))
                .body("workItems.status", everyItem(equalTo("DONE")))
                .body("workItems.attempts", everyItem(equalTo(1)))
                .body("workItems.evaluated", contains(1, 1, 1))
                .body("workItems.fired", contains(0, 1, 0));
        given().get("/api/v1/checks?size=1").then().statusCode(200)
                .body("items[0].items", equalTo(3))
                .body("items[0].workItems", equalTo(null));
    }

    @Test
    void anItemWhoseReplicaDiedIsTakenOverAfterItsLeaseAndTheRunCompletes() {
        FeedTrigger trigger = aTrigger().of(UUID.randomUUID()).named("Taken over").warning()
                .on("NVDA", "CAPEX").yearly().above(100);
        Neighbours.triggers(trigger);
        Neighbours.series(aSeries().point("2023", 10).point("2024", 50));
        long run = runningRun();
        CheckItemRepository.Claim dead = QuarkusTransaction.requiringNew().call(() -> {
            items.plan(run, List.of());
            // claimed a minute ago for a second: its lease has ended
            return items.claim(Instant.now().minusSeconds(60), Duration.ofSeconds(1), "a-replica-that-died/1")
                    .orElseThrow();
        });

        checks.workOnRunningChecks();

        // this replica's poll for work may have taken the item first: either way it is taken over
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/api/v1/checks/{id}", run).then()
                .statusCode(200).body("status", equalTo("COMPLETED")));
        given().get("/api/v1/checks/{id}", run).then().statusCode(200)
                .body("evaluated", equalTo(1))
                .body("workItems[0].status", equalTo("DONE"))
                .body("workItems[0].attempts", equalTo(2));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> items.lockIfHeld(dead)),
                "the replica that died holds nothing now");
    }

    @Test
    void aReplicaWhoseLeaseWasTakenOverNoLongerHoldsItsItem() {
        long run = runningRun();
        try {
            CheckItemRepository.Claim slow = QuarkusTransaction.requiringNew().call(() -> {
                items.plan(run, List.of());
                return items.claim(Instant.now(), Duration.ofMillis(1), "slow/1").orElseThrow();
            });
            assertTrue(QuarkusTransaction.requiringNew().call(() -> items.lockIfHeld(slow)), "held until taken over");
            CheckItemRepository.Claim taker = QuarkusTransaction.requiringNew().call(() ->
                    items.claim(Instant.now().plusSeconds(1), Duration.ofMinutes(1), "taker/2").orElseThrow());
            assertEquals(slow.seq(), taker.seq());
            assertFalse(QuarkusTransaction.requiringNew().call(() -> items.lockIfHeld(slow)));
            assertTrue(QuarkusTransaction.requiringNew().call(() -> items.lockIfHeld(taker)));
            assertTrue(QuarkusTransaction.requiringNew().call(() -> items.claim(Instant.now().plusSeconds(1),
                    Duration.ofMinutes(1), "third/3")).isEmpty(), "an item held within its lease is not claimed");
            metrics.refresh();
            given().get("/q/metrics").then().statusCode(200)
                    .body(containsString("thesiswatch_check_items{status=\"CLAIMED\"} 1.0"))
                    .body(containsString("thesiswatch_check_items{status=\"PENDING\"} 0.0"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "DELETE FROM check_run WHERE id = ?1").setParameter(1, run).executeUpdate());
        }
    }

    @Test
    void anItemThatCannotBeRecordedFailsItsRunAfterThreeAttemptsInsteadOfHoldingItToTheDeadline() {
        // no severity: its event breaks a NOT NULL constraint each time the item is recorded
        Neighbours.triggers(aTrigger().of(UUID.randomUUID()).named("Cannot be recorded").on("NVDA", "CAPEX")
                .yearly().above(1));
        Neighbours.series(aSeries().point("2023", 10).point("2024", 50));

        JsonPath run = check();

        assertEquals("FAILED", run.getString("status"), run.prettify());
        assertTrue(run.getString("problem").contains("could not be recorded in 3 attempts"), run.getString("problem"));
        assertEquals(3, run.getInt("workItems[0].attempts"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM alert_event WHERE check_run_id = ?1")
                .setParameter(1, run.getLong("id")).getSingleResult()).longValue()), "nothing of it recorded");
    }

    @Test
    void aTriggerTheCheckCannotReadFailsItsItemAndRunNotTheRequest() {
        FeedTrigger broken = aTrigger().of(UUID.randomUUID()).named("Without its series").warning();
        broken.json().remove("series");
        Neighbours.triggers(broken);

        JsonPath run = check();

        assertEquals("FAILED", run.getString("status"), run.prettify());
        assertTrue(run.getString("problem").contains("item 1 could not be read"), run.getString("problem"));
        assertEquals("FAILED", run.getString("workItems[0].status"));
    }

    @Test
    void aSecondCheckWhileOneRunsIsRefused() {
        long run = runningRun();
        try {
            given().post("/api/v1/checks").then().statusCode(409).contentType("application/problem+json");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "DELETE FROM check_run WHERE id = ?1").setParameter(1, run).executeUpdate());
        }
    }

    /** No run that a test leaves RUNNING holds up the next test's check. */
    @AfterEach
    void endRunsLeftRunning() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE check_run SET status = 'FAILED', finished_at = now() WHERE status = 'RUNNING'")
                .executeUpdate());
    }

    /** A requested run as another replica would start it, RUNNING, its deadline ten minutes away. */
    private long runningRun() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                INSERT INTO check_run (origin, started_at, status, deadline_at)
                VALUES ('REQUEST', now(), 'RUNNING', now() + interval '10 minutes') RETURNING id""")
                .getSingleResult()).longValue());
    }
}
