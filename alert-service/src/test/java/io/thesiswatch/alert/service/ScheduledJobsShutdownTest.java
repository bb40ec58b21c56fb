package io.thesiswatch.alert.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.thesiswatch.testsupport.SmtpResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Once the service stops, the scheduled jobs take no more work: the database may close under them any time. */
@QuarkusTest
@TestProfile(ScheduledJobsShutdownTest.StoppedHere.class)
class ScheduledJobsShutdownTest {

    /** Its own application: the one this test stops is not shared with other tests. */
    public static class StoppedHere implements QuarkusTestProfile {
    }

    private static ScheduledJobs jobs() {
        return Arc.container().instance(ScheduledJobs.class).get();
    }

    /** A scheduler's execution of a tick now. */
    private static ScheduledExecution tickNow() {
        Instant now = Instant.now();
        return new ScheduledExecution() {
            @Override
            public Trigger getTrigger() {
                return null;
            }

            @Override
            public Instant getFireTime() {
                return now;
            }

            @Override
            public Instant getScheduledFireTime() {
                return now;
            }
        };
    }

    private static boolean schedulerRunning() {
        return Arc.container().instance(Scheduler.class).get().isRunning();
    }

    @Test
    void afterTheShutdownEventTheJobsReturnWithoutTouchingTheOutbox() {
        jobs().stopBeforeTheDatabase(new ShutdownEvent());
        assertFalse(schedulerRunning(), "the scheduler is paused");

        SmtpResource.startServer();
        String address = "stopping-" + System.nanoTime() + "@example.com";
        given().contentType(ContentType.JSON).body(Map.of("email", address))
                .post("/api/v1/subscribers").then().statusCode(202);
        String subscriber = given().auth().oauth2(Tokens.admin()).queryParam("email", address)
                .get("/api/v1/subscribers").then().statusCode(200)
                .extract().path("[0].id");

        jobs().deliver();
        jobs().digest(tickNow());

        given().auth().oauth2(Tokens.admin()).queryParam("subscriberId", subscriber).get("/api/v1/deliveries")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].attempts", equalTo(0));
        assertTrue(SmtpResource.emailsTo(address).isEmpty(), "no confirmation email went out");
    }

    @Test
    void stoppingAgainAtTheRealShutdownReturnsAtOnce() {
        jobs().stopBeforeTheDatabase(new ShutdownEvent());
        jobs().stopBeforeTheDatabase(new ShutdownEvent());
        assertFalse(schedulerRunning());
    }
}
