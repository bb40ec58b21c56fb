package io.thesiswatch.stack;

import static io.thesiswatch.stack.Waits.await;
import static io.thesiswatch.stack.Waits.link;
import static io.thesiswatch.stack.Waits.pause;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.devinfra.ReceivedEmail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two alert-service replicas on one database, both scheduling a check every two seconds: each tick is
 * checked once in the cluster, and each email goes out once.
 */
class TwoReplicasIT {

    private static final Set<Integer> OK = Set.of(200, 201);
    private static final String READER = "replicas@example.com";

    private static Stack stack;
    private static Path data;
    private static String secondReplica;
    private final Api api = new Api(stack.tokens().admin());

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        Path root = Path.of(System.getProperty("thesiswatch.root", "..")).toAbsolutePath().normalize();
        data = Files.createTempDirectory("thesis-watch-replicas");
        stack = Stack.start(root, data, Stack.Ports.free(),
                "*/2 * * * * ?", line -> System.out.println("[replicas] " + line));
        secondReplica = stack.addReplica("alert-service", Stack.freePort());
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        if (stack != null) {
            stack.close();
        }
        Folders.delete(data);
    }

    @Test
    void everyScheduledTickRunsOnceAndEveryEmailGoesOutOnce() throws Exception {
        String company = stack.companyUrl() + "/api/v1";
        String thesis = stack.thesisUrl() + "/api/v1";
        api.post(company + "/companies", Map.of("code", "VRT", "name", "Vertiv", "layer", "INFRASTRUCTURE"))
                .require(OK, "company");
        api.post(company + "/metrics", Map.of("code", "REVENUE", "name", "Revenue", "unit", "USD", "additive", true))
                .require(OK, "metric");
        api.post(company + "/observations", List.of(Map.of("subject", "VRT", "metric", "REVENUE", "period", "2024",
                "value", 7000))).require(OK, "observation");
        String thesisId = api.post(thesis + "/theses", Map.of("title", "Power and cooling", "stance", "LONG",
                "layer", "INFRASTRUCTURE", "companies", List.of("VRT"), "conviction", 3)).require(OK, "thesis")
                .get("id").asText();

        api.post(secondReplica + "/api/v1/subscribers", Map.of("email", READER)).require(Set.of(202), "sign-up");
        String subscriber = api.get(stack.alertUrl() + "/api/v1/subscribers?email=" + Api.encode(READER))
                .require(Set.of(200), "subscriber by address").get(0).get("id").asText();
        ReceivedEmail confirmation = await(() -> emails("Confirm").stream().findFirst().orElse(null));
        String confirm = link(confirmation.text(), "/subscribers/confirm");
        api.get(confirm).require(Set.of(200), "confirmation page");
        api.postText(confirm.substring(0, confirm.indexOf('?')), "application/x-www-form-urlencoded",
                confirm.substring(confirm.indexOf('?') + 1)).require(Set.of(200), "confirm");
        api.post(stack.alertUrl() + "/api/v1/subscribers/" + subscriber + "/subscriptions",
                Map.of("thesisId", thesisId)).require(OK, "subscription");

        Instant triggerCreated = Instant.now();
        api.post(thesis + "/theses/" + thesisId + "/triggers", Map.of("name", "Revenue passes 5000",
                "series", Map.of("subject", "VRT", "metric", "REVENUE", "kind", "YEAR"), "operator", "GT",
                "threshold", 5000, "severity", "WARNING")).require(OK, "trigger");
        pause(Duration.ofSeconds(14));

        List<JsonNode> scheduled = new ArrayList<>();
        for (JsonNode run : api.get(stack.alertUrl() + "/api/v1/checks?size=100").require(Set.of(200), "runs")
                .get("items")) {
            if (run.get("origin").asText().equals("SCHEDULE")) {
                scheduled.add(run);
            }
        }
        Set<String> ticks = new HashSet<>();
        scheduled.forEach(run -> ticks.add(run.get("scheduledFor").asText()));
        assertEquals(scheduled.size(), ticks.size(), "no tick ran twice: " + scheduled);
        long sinceTrigger = scheduled.stream()
                .filter(run -> Instant.parse(run.get("scheduledFor").asText()).isAfter(triggerCreated)).count();
        assertTrue(sinceTrigger >= 4, "about one run per two-second tick: " + sinceTrigger);
        int fired = 0;
        for (JsonNode run : scheduled) {
            fired += run.get("fired").asInt();
        }
        assertEquals(1, fired, "the trigger fired once across both replicas and all ticks");
        assertEquals(1, emails("Revenue passes 5000").size(), "one email, not one per replica or per tick");
    }

    private List<ReceivedEmail> emails(String subjectContains) {
        return stack.emails().stream()
                .filter(email -> email.isTo(READER))
                .filter(email -> email.subject().contains(subjectContains))
                .toList();
    }
}
