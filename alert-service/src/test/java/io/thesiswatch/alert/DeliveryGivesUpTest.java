package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.thesiswatch.testsupport.SmtpResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(OptionalFeaturesProfile.class)
class DeliveryGivesUpTest extends AlertTestSupport {

    @Test
    void anEmailThatCannotBeSentIsMarkedFailedWithItsLastErrorAndNotRetriedForever() {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Give-up test");
        String who = email("unreachable");
        String id = confirmedSubscriber(who, Map.of());
        follow(id, Map.of("thesisId", thesis.toString()));
        Neighbours.triggers(aTrigger().of(thesis).named("Give-up trigger").on("NVDA", "CAPEX").above(1).warning());
        Neighbours.series(aSeries().inUsd().point("2024", 5));

        SmtpResource.stopServer();
        given().post("/api/v1/checks").then().statusCode(200).body("fired", equalTo(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("subscriberId", id)
                .queryParam("status", "FAILED").get("/api/v1/deliveries").then()
                .body("total", equalTo(1))
                .body("items[0].attempts", equalTo(OptionalFeaturesProfile.DELIVERY_MAX_ATTEMPTS))
                .body("items[0].lastError", notNullValue()));
        SmtpResource.startServer();
        drainEmailOutbox();
        assertTrue(SmtpResource.emailsTo(who, "Give-up trigger").isEmpty(), "a FAILED row is not sent later");
    }
}
