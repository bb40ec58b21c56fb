package io.thesiswatch.alert;

import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.thesiswatch.alert.metrics.OperationsMetrics;
import io.thesiswatch.testsupport.MonitoringQueries;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest extends AlertTestSupport {

    private static MeterRegistry registry() {
        return Arc.container().instance(MeterRegistry.class).get();
    }

    @Test
    void checksInARowRegisterNoRestClientGaugeTwice() {
        UUID thesis = UUID.randomUUID();
        Neighbours.triggers(aTrigger().of(thesis).named("Metered trigger").on("NVDA", "CAPEX").above(1).warning());
        Neighbours.series(aSeries().inUsd().point("2024", 5));

        check();
        check();

        assertTrue(registry().getMeters().stream().filter(meter -> meter.getId().getName().startsWith("http.client."))
                .noneMatch(meter -> meter instanceof Gauge), "the gauges Quarkus 3.33 registers twice per REST client");
        assertTrue(registry().find("http.client.requests").timers().size() > 0, "the clients' calls are still timed");
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardQueryIsServedAfterACheck() {
        String address = email("metered");
        String id = confirmedSubscriber(address, Map.of());
        UUID thesis = followsANewThesis(id);
        Neighbours.triggers(aTrigger().of(thesis).named("Metered firing").on("NVDA", "CAPEX").above(1).warning());
        Neighbours.series(aSeries().inUsd().point("2024", 5));
        check();
        settled(id, address, "Metered firing", 1);
        Arc.container().instance(OperationsMetrics.class).get().refresh();

        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> queried = MonitoringQueries.metricNames().stream()
                .filter(name -> !name.startsWith("thesiswatch_sec_")).collect(Collectors.toSet());
        assertTrue(queried.size() >= 8, queried.toString());
        assertEquals(Set.of(), queried.stream().filter(name -> !MonitoringQueries.served(scrape, name))
                .collect(Collectors.toSet()), "queried by the rules or the dashboard, not served");
        assertTrue(sample(scrape, "thesiswatch_check_last_success_timestamp_seconds") > 1.7e9, "a recent check");
        assertTrue(sample(scrape, "thesiswatch_triggers{state=\"FIRING\"}") >= 1);
        assertTrue(sample(scrape, "thesiswatch_outbox_attempts_total{channel=\"email\",result=\"sent\"}") >= 2,
                "the confirmation and the alert");
    }

    /** The value of the first sample whose name and labels start so. */
    private static double sample(String exposition, String series) {
        String prefix = series.endsWith("}") ? series.substring(0, series.length() - 1) : series;
        return exposition.lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(series + " is not served"));
    }
}
