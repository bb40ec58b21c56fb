package io.thesiswatch.alert;

import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
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
}
