package io.thesiswatch.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.thesiswatch.stack.Waits.await;
import static io.thesiswatch.stack.Waits.link;
import static io.thesiswatch.stack.Waits.pause;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.devinfra.ReceivedEmail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The investor's story, end to end: the three packaged services as real processes, a real PostgreSQL
 * and a real SMTP server, driven through the public HTTP API only.
 */
class EndToEndIT {

    private static final Set<Integer> OK = Set.of(200, 201, 202, 204);
    private static final String INVESTOR = "investor@example.com";

    private static Stack stack;
    private static Path data;
    private final Api api = new Api(stack.tokens().admin());
    private final Api analyst = api.as(stack.tokens().analyst("ana@example.com"));
    private final Api anyone = new Api();

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path root = Path.of(System.getProperty("thesiswatch.root", "..")).toAbsolutePath().normalize();
        data = Files.createTempDirectory("thesis-watch-e2e");
        stack = Stack.start(root, data, Stack.Ports.free(), "off", line -> System.out.println("[e2e] " + line));
    }

    @AfterAll
    static void stopTheSystem() throws java.io.IOException {
        if (stack != null) {
            stack.close();
        }
        Folders.delete(data);
    }

    @Test
    void anInvestorIsWarnedOnceWhenCapexGrowthTurnsAndToldWhenItRecovers() throws Exception {
        String company = stack.companyUrl() + "/api/v1";
        String thesis = stack.thesisUrl() + "/api/v1";
        String alert = stack.alertUrl() + "/api/v1";

        for (String code : List.of("NVDA", "MSFT", "GOOGL")) {
            api.post(company + "/companies", Map.of("code", code, "name", code, "exchange", "NASDAQ", "country", "US",
                    "layer", "PLATFORM")).require(OK, "company " + code);
        }
        api.post(company + "/groups", Map.of("code", "BIG3", "name", "Three giants",
                "members", List.of("NVDA", "MSFT", "GOOGL"))).require(OK, "group");
        api.post(company + "/metrics", Map.of("code", "CAPEX", "name", "Capex", "unit", "USD", "additive", true))
                .require(OK, "metric");
        api.postText(company + "/observations", "text/csv", """
                subject,metric,period,value,source
                NVDA,CAPEX,2023,100,e2e
                MSFT,CAPEX,2023,100,e2e
                GOOGL,CAPEX,2023,100,e2e
                NVDA,CAPEX,2024,105,e2e
                MSFT,CAPEX,2024,104,e2e
                GOOGL,CAPEX,2024,106,e2e
                """).require(OK, "observations");

        String thesisId = analyst.post(thesis + "/theses", Map.of("title", "Capex cycle runs through 2027",
                        "stance", "LONG", "layer", "INFRASTRUCTURE", "companies", List.of("NVDA"), "conviction", 4,
                        "horizon", "2027-12-31"))
                .require(OK, "thesis").get("id").asText();
        analyst.post(thesis + "/theses/" + thesisId + "/triggers", Map.of("name", "Capex cycle ends",
                "series", Map.of("subject", "BIG3", "metric", "CAPEX", "transform", "YOY_PCT", "kind", "YEAR",
                        "basis", "CALENDAR"),
                "operator", "LT", "threshold", 10, "severity", "CRITICAL")).require(OK, "trigger");

        String subscriberId = anyone.post(alert + "/subscribers", Map.of("email", INVESTOR, "name", "Investor"))
                .require(OK, "sign-up").get("id").asText();
        ReceivedEmail confirmation = awaitEmail("Confirm");
        anyone.get(link(confirmation.text(), "/subscribers/confirm")).require(Set.of(200), "confirm");
        api.post(alert + "/subscribers/" + subscriberId + "/subscriptions", Map.of("thesisId", thesisId))
                .require(OK, "subscription");

        JsonNode first = api.post(alert + "/checks", Map.of()).require(Set.of(200), "check");
        assertEquals(1, first.get("fired").asInt());
        ReceivedEmail fired = awaitEmail("Capex cycle ends");
        assertTrue(fired.subject().startsWith("[CRITICAL]"), fired.subject());
        assertTrue(fired.text().contains("BIG3 CAPEX YoY 5.0% fell below 10%"), fired.text());
        assertTrue(fired.html().contains("Capex cycle runs through 2027"));
        JsonNode alerts = api.get(alert + "/alerts").require(Set.of(200), "alerts");
        assertEquals("calendar 2024", alerts.get("items").get(0).get("periodName").asText(), alerts.toString());

        JsonNode second = api.post(alert + "/checks", Map.of()).require(Set.of(200), "second check");
        assertEquals(0, second.get("fired").asInt());
        pause(Duration.ofSeconds(3));
        assertEquals(1, emails("Capex cycle ends").size(), "a second check sends nothing");

        JsonNode journal = await(() -> {
            try {
                JsonNode entries = api.get(thesis + "/theses/" + thesisId + "/journal").require(Set.of(200), "journal");
                return entries.get("total").asInt() > 0 ? entries : null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("TRIGGER_FIRED", journal.get("items").get(0).get("kind").asText());
        assertTrue(journal.get("items").get(0).get("note").asText().contains("Capex cycle ends"));
        assertEquals("AT_RISK", api.get(thesis + "/theses/" + thesisId).require(Set.of(200), "thesis")
                .get("status").asText());

        api.postText(company + "/observations", "application/json",
                "[{\"subject\":\"NVDA\",\"metric\":\"CAPEX\",\"period\":\"2024\",\"value\":120,\"source\":\"restated\"}]")
                .require(Set.of(200), "restatement");
        assertEquals(1, api.post(alert + "/checks", Map.of()).require(Set.of(200), "check").get("resolved").asInt());
        ReceivedEmail resolved = awaitEmail("Resolved");
        assertTrue(resolved.text().contains("is back at 10.0%"), resolved.text());

        String unsubscribe = link(resolved.text(), "/unsubscribe");
        anyone.postText(unsubscribe, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
                .require(Set.of(200), "unsubscribe");
        api.postText(company + "/observations", "text/csv", """
                subject,metric,period,value,source
                NVDA,CAPEX,2025,100,e2e
                MSFT,CAPEX,2025,100,e2e
                GOOGL,CAPEX,2025,100,e2e
                """).require(OK, "2025 observations");
        assertEquals(1, api.post(alert + "/checks", Map.of()).require(Set.of(200), "check").get("fired").asInt());
        pause(Duration.ofSeconds(3));
        assertEquals(2, emails("Capex cycle ends").size(), "nothing after unsubscribing");
    }

    private List<ReceivedEmail> emails(String subjectContains) {
        return stack.emails().stream()
                .filter(email -> email.isTo(INVESTOR))
                .filter(email -> email.subject().contains(subjectContains))
                .toList();
    }

    private ReceivedEmail awaitEmail(String subjectContains) {
        return await(() -> emails(subjectContains).stream().findFirst().orElse(null));
    }
}
