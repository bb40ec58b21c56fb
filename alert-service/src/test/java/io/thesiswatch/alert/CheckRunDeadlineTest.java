package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.alert.service.check.CheckService;
import org.junit.jupiter.api.Test;

/** A check run never stays RUNNING for ever: past its deadline it is FAILED, whoever notices first. */
@QuarkusTest
class CheckRunDeadlineTest extends AlertTestSupport {

    @Inject
    EntityManager entityManager;
    @Inject
    CheckService checks;

    @Test
    void aCompletedRunSaysSoAndCarriesItsDeadline() {
        Neighbours.triggers();
        JsonPath run = check();
        assertEquals("COMPLETED", run.getString("status"));
        Duration allowed = Duration.between(Instant.parse(run.getString("startedAt")),
                Instant.parse(run.getString("deadlineAt")));
        assertEquals(Duration.ofMinutes(10), allowed.withNanos(0), "alert.check.deadline's default");
    }

    @Test
    void aRunItsReplicaLeftUnfinishedIsFailedByTheSweepOnceItsDeadlinePassed() {
        long notYetDue = abandonedRun("-5 minutes");
        checks.failOverdueRuns();
        given().get("/api/v1/checks/{id}", notYetDue).then().statusCode(200)
                .body("status", equalTo("RUNNING"));
        deleteRun(notYetDue);

        long abandoned = abandonedRun("50 minutes");
        checks.failOverdueRuns();
        given().get("/api/v1/checks/{id}", abandoned).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("finishedAt", notNullValue())
                .body("problem", containsString("did not finish by its deadline"));
    }

    @Test
    void theNextCheckFailsTheRunsLeftOverdueBeforeItStarts() {
        long abandoned = abandonedRun("1 second");
        Neighbours.triggers();
        assertEquals("COMPLETED", check().getString("status"));
        given().get("/api/v1/checks/{id}", abandoned).then().statusCode(200).body("status", equalTo("FAILED"));
    }

    /** A run as a replica that died would leave it: RUNNING, its deadline this long ago. */
    private long abandonedRun(String deadlineAgo) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                INSERT INTO check_run (origin, started_at, status, deadline_at)
                VALUES ('REQUEST', now() - interval '1 hour', 'RUNNING', now() - CAST(?1 AS interval))
                RETURNING id""").setParameter(1, deadlineAgo).getSingleResult()).longValue());
    }

    private void deleteRun(long id) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "DELETE FROM check_run WHERE id = ?1").setParameter(1, id).executeUpdate());
    }
}
