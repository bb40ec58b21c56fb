package io.thesiswatch.alert;

import io.thesiswatch.devinfra.ReceivedEmail;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.testsupport.SmtpResource;
import org.junit.jupiter.api.Test;

/** Triggers watch one kind of period on one basis, and decide only on consecutive periods of that kind. */
@QuarkusTest
class PeriodsFlowTest extends AlertTestSupport {

    @Test
    void aQuarterlyTriggerAsksForItsKindAndBasisAndItsAlertNamesThePeriod() {
        UUID thesis = UUID.randomUUID();
        FeedTrigger quarterly = aTrigger().of(thesis).named("Quarterly capex slows").on("NVDA", "CAPEX").yoy()
                .below(10).critical().quarterly().fiscal();
        FeedTrigger annual = aTrigger().of(thesis).named("Annual capex slows").on("NVDA", "CAPEX").yoy()
                .below(10).info().yearly().calendar();
        Neighbours.triggers(quarterly, annual);
        Neighbours.series(aSeries().inPercent().quarterly().fiscal().point("2024-Q4", 12.0).point("2025-Q1", 5.2),
                aSeries().inPercent().yearly().calendar().point("2023", 40).point("2024", 30));

        JsonPath run = check();
        assertEquals(2, run.getInt("evaluated"));
        assertEquals(1, run.getInt("fired"));
        Neighbours.companyService().verify(postRequestedFor(urlEqualTo("/api/v1/series/query"))
                .withRequestBody(matchingJsonPath("$.series.length()", WireMock.equalTo("2")))
                .withRequestBody(matchingJsonPath("$.series[0].kind", WireMock.equalTo("QUARTER")))
                .withRequestBody(matchingJsonPath("$.series[0].basis", WireMock.equalTo("FISCAL")))
                .withRequestBody(matchingJsonPath("$.series[1].kind", WireMock.equalTo("YEAR")))
                .withRequestBody(matchingJsonPath("$.series[1].basis", WireMock.equalTo("CALENDAR"))));

        given().queryParam("triggerId", quarterly.id()).get("/api/v1/alerts").then().statusCode(200)
                .body("items[0].period", equalTo("2025-Q1")).body("items[0].periodKind", equalTo("QUARTER"))
                .body("items[0].basis", equalTo("FISCAL")).body("items[0].periodName", equalTo("fiscal 2025 Q1"));
        given().queryParam("thesisId", thesis).queryParam("state", "OK").get("/api/v1/trigger-states").then()
                .body("items[0].lastPeriod", equalTo("2024")).body("items[0].lastPeriodKind", equalTo("YEAR"))
                .body("items[0].lastPeriodBasis", equalTo("CALENDAR"))
                .body("items[0].lastPeriodName", equalTo("calendar 2024"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> Neighbours.thesisService().verify(1,
                postRequestedFor(urlEqualTo("/api/v1/theses/" + thesis + "/risk-events"))
                        .withRequestBody(containing("\"period\":\"2025-Q1\""))
                        .withRequestBody(containing("\"basis\":\"FISCAL\""))));
    }

    @Test
    void anAnnualTriggerAnsweredWithQuarterlyPointsIsAnErrorAndSendsNothing() {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Wrong kind test");
        String who = email("wrong-kind");
        String id = confirmedSubscriber(who, Map.of());
        follow(id, Map.of("thesisId", thesis.toString()));
        Neighbours.triggers(aTrigger().of(thesis).named("Annual capex above 1").on("NVDA", "CAPEX").above(1)
                .warning().yearly().fiscal());
        Neighbours.series(aSeries().inUsd().quarterly().fiscal().point("2024-Q4", 5).point("2025-Q1", 7));

        JsonPath run = check();
        assertEquals(1, run.getInt("errors"));
        assertEquals(0, run.getInt("fired"));
        given().queryParam("thesisId", thesis).get("/api/v1/trigger-states").then()
                .body("items[0].state", equalTo("ERROR")).body("items[0].firing", equalTo(false))
                .body("items[0].error", containsString("watches YEAR periods but the series has QUARTER periods"));
        assertNoAlertFor(id, who, "Annual capex above 1");
    }

    @Test
    void forPeriodsOverAGapIsNoDataNamingTheMissingPeriodUntilTheGapIsFilled() {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Gap test");
        String who = email("gap");
        String id = confirmedSubscriber(who, Map.of());
        follow(id, Map.of("thesisId", thesis.toString()));
        String reader = email("gap-zh");
        String readerId = confirmedSubscriber(reader, Map.of("locale", "zh-TW"));
        follow(readerId, Map.of("thesisId", thesis.toString()));
        Neighbours.triggers(aTrigger().of(thesis).named("Three weak quarters").on("NVDA", "CAPEX").yoy().below(10)
                .warning().forPeriods(3).quarterly().fiscal());
        Neighbours.series(aSeries().inPercent().quarterly().fiscal()
                .point("2023-Q4", 5).point("2024-Q1", 5).point("2024-Q3", 5));

        JsonPath run = check();
        assertEquals(1, run.getInt("noData"));
        assertEquals(0, run.getInt("fired"));
        given().queryParam("thesisId", thesis).get("/api/v1/trigger-states").then()
                .body("items[0].state", equalTo("NO_DATA")).body("items[0].lastPeriod", equalTo("2024-Q3"))
                .body("items[0].error", equalTo("needs 3 consecutive periods; 2024-Q2 is missing"));
        assertNoAlertFor(id, who, "Three weak quarters");

        Neighbours.series(aSeries().inPercent().quarterly().fiscal()
                .point("2024-Q1", 5).point("2024-Q2", 5).point("2024-Q3", 5));
        assertEquals(1, check().getInt("fired"));
        ReceivedEmail english = settled(id, who, "Three weak quarters", 1).get(0);
        assertTrue(english.text().contains("5.0% in fiscal 2024 Q3"), english.text());
        assertTrue(english.html().contains("in <strong>fiscal 2024 Q3</strong>"), english.html());
        ReceivedEmail chinese = settled(readerId, reader, "Three weak quarters", 1).get(0);
        assertTrue(chinese.text().contains("5.0%，2024 財年第 3 季"), chinese.text());
    }

    /** Nothing was queued for the subscriber (the outbox rows commit with the check), so nothing will arrive. */
    private static void assertNoAlertFor(String subscriberId, String address, String subject) {
        given().queryParam("subscriberId", subscriberId).get("/api/v1/deliveries").then().statusCode(200)
                .body("items.findAll { it.kind == 'ALERT' }.size()", equalTo(0));
        assertTrue(SmtpResource.emailsTo(address, subject).isEmpty(), "no email");
    }
}
