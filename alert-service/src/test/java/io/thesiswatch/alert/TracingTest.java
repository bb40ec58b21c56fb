package io.thesiswatch.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With the SDK on, one check is one trace: its calls to thesis-service and company-service carry it on. */
@QuarkusTest
@TestProfile(OptionalFeaturesProfile.class)
class TracingTest extends AlertTestSupport {

    @Singleton
    static class Exporter {
        @Produces
        @Singleton
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aCheckIsOneTraceThroughThesisServiceAndCompanyService() {
        UUID thesis = UUID.randomUUID();
        Neighbours.triggers(aTrigger().of(thesis).named("Traced trigger").on("NVDA", "CAPEX").above(1).warning());
        Neighbours.series(aSeries().inUsd().point("2024", 5));
        spans.reset();

        check();

        SpanData checkSpan = await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/api/v1/checks"))
                .findFirst().orElse(null), span -> span != null);
        String trace = checkSpan.getTraceId();
        List<SpanData> calls = await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems()
                .stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList(), found -> found.size() >= 2);
        assertEquals(Set.of(trace), calls.stream().map(SpanData::getTraceId).collect(Collectors.toSet()),
                "every call of the check is in the check's trace: " + calls);

        List<LoggedRequest> feed = Neighbours.thesisService().findAll(anyRequestedFor(urlPathEqualTo(
                "/api/v1/triggers")));
        List<LoggedRequest> series = Neighbours.companyService().findAll(anyRequestedFor(urlPathEqualTo(
                "/api/v1/series/query")));
        assertFalse(feed.isEmpty());
        assertFalse(series.isEmpty());
        for (LoggedRequest request : List.of(feed.get(feed.size() - 1), series.get(series.size() - 1))) {
            String traceparent = request.getHeader("traceparent");
            assertTrue(traceparent != null && traceparent.contains(trace),
                    request.getUrl() + " carries the trace on: " + traceparent);
        }
    }
}
