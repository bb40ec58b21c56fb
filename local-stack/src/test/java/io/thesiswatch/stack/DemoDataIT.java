package io.thesiswatch.stack;

import static io.thesiswatch.stack.Waits.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer sees: the demo data loaded into the packaged services, NVIDIA's filings read on the
 * calendar basis, and the first check firing the article's PC-share trigger while the NVIDIA trigger has data.
 */
class DemoDataIT {

    private static final String DEMO_INVESTOR = "demo@thesiswatch.local";

    private static Stack stack;
    private static Path data;
    private static DemoData demo;
    private final Api api = new Api(stack.tokens().admin());

    @BeforeAll
    static void startTheSystemWithTheDemo() throws Exception {
        Path root = Path.of(System.getProperty("thesiswatch.root", "..")).toAbsolutePath().normalize();
        data = Files.createTempDirectory("thesis-watch-demo");
        stack = Stack.start(root, data, Stack.Ports.free(), "off", line -> System.out.println("[demo] " + line));
        demo = new DemoData(stack.companyUrl(), stack.thesisUrl(), stack.alertUrl(), stack.tokens().admin(),
                stack.tokens().analyst("demo-analyst"), line -> System.out.println("[demo] " + line));
        demo.load(address -> Optional.ofNullable(await(() -> confirmationToken(address).orElse(null))));
    }

    @AfterAll
    static void stopTheSystem() throws IOException {
        if (stack != null) {
            stack.close();
        }
        Folders.delete(data);
    }

    @Test
    void nvidiasFirstFiscalQuarterOf2025IsCalendar2024Q1() throws Exception {
        JsonNode series = api.get(stack.companyUrl() + "/api/v1/series/NVDA/CAPEX?kind=QUARTER&basis=CALENDAR")
                .require(Set.of(200), "NVIDIA capex by calendar quarter");
        JsonNode q1 = point(series, "2024-Q1");
        assertEquals(0, q1.get("value").decimalValue().compareTo(new BigDecimal("369000000")), q1.toString());
        assertEquals("[\"2025-Q1\"]", q1.get("fiscalPeriods").toString());
    }

    @Test
    void theFirstCheckFiresThePcShareTriggerAndEvaluatesNvidiasCapex() throws Exception {
        demo.check();
        await(() -> stack.emails().stream().filter(email -> email.isTo(DEMO_INVESTOR))
                .filter(email -> email.subject().startsWith("[WARNING] Chinese models pass 20% of PC usage"))
                .findFirst().orElse(null));

        JsonNode nvidia = stateOf("NVIDIA capex growth turns down");
        assertTrue(Set.of("OK", "FIRING").contains(nvidia.get("state").asText()), nvidia.toString());

        // an expression over two series of NVIDIA's filings, fiscal 2025 Q3 (10-Q 0001045810-24-000316): capex
        // 813 M over revenue 35,082 M = 0.0231742774 to ten places, times 100; not above 4%
        JsonNode intensity = stateOf("NVIDIA's own capex passes 4% of its revenue");
        assertEquals("OK", intensity.get("state").asText(), intensity.toString());
        assertEquals("2025-Q3", intensity.get("lastPeriod").asText(), intensity.toString());
        assertEquals(0, intensity.get("lastValue").decimalValue().compareTo(new BigDecimal("2.31742774")),
                intensity.toString());
    }

    private JsonNode stateOf(String triggerName) throws Exception {
        String triggerId = triggerId(triggerName);
        JsonNode states = api.get(stack.alertUrl() + "/api/v1/trigger-states?size=100").require(Set.of(200), "states");
        for (JsonNode state : states.get("items")) {
            if (state.get("triggerId").asText().equals(triggerId)) {
                return state;
            }
        }
        throw new AssertionError("no state of " + triggerName + " in " + states);
    }

    private String triggerId(String name) throws Exception {
        JsonNode feed = api.get(stack.thesisUrl() + "/api/v1/triggers?size=100").require(Set.of(200), "triggers");
        for (JsonNode trigger : feed.get("items")) {
            if (trigger.get("name").asText().equals(name)) {
                return trigger.get("id").asText();
            }
        }
        throw new AssertionError("no trigger " + name + " in " + feed);
    }

    private static JsonNode point(JsonNode series, String period) {
        for (JsonNode point : series.get("points")) {
            if (point.get("period").asText().equals(period)) {
                return point;
            }
        }
        throw new AssertionError("no point " + period + " in " + series);
    }

    private static Optional<String> confirmationToken(String address) {
        return stack.emails().stream().filter(email -> email.isTo(address))
                .flatMap(email -> email.linkToken().stream()).findFirst();
    }
}
