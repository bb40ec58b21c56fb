package io.thesiswatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.stack.Api;
import io.thesiswatch.stack.Stack;
import io.thesiswatch.stack.StackOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * alert-service reading its trigger feed from a fake thesis-service that answers JSON that does not parse, then a
 * page cut off in transit. The feed's trigger would fire on company-service's real data. Invariants: the check
 * endpoint answers as its contract says (200 with the run, no 5xx); the run ends with a problem that says the feed
 * could not be read; no alert is recorded and no email sent. Then the feed answers well, and the same trigger fires
 * and its email goes out: the faults above are what kept it quiet.
 */
class MalformedThesisFeedIT {

    private static TestStack system;
    private static FakeThesisService thesisService;

    @BeforeAll
    static void start() throws Exception {
        thesisService = FakeThesisService.start();
        StackOptions options = StackOptions.defaults().withEnvironment("alert-service",
                "QUARKUS_REST_CLIENT_THESIS_SERVICE_URL", thesisService.url());
        system = TestStack.start(MalformedThesisFeedIT.class, Stack.Ports.free(), options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
        if (thesisService != null) {
            thesisService.close();
        }
    }

    @Test
    void aMalformedOrTruncatedFeedEndsTheCheckWithAProblemAndNoAlert() throws Exception {
        Stack stack = system.stack();
        Scenario scenario = new Scenario(stack);
        scenario.companyWithRevenue("VRT", 7000);
        String follower = scenario.followersOfCompany("VRT", 1, "feed").values().iterator().next();
        EmailTally tally = EmailTally.of(stack);
        thesisService.triggers(List.of(revenuePasses5000(UUID.randomUUID(), UUID.randomUUID())));

        for (FakeThesisService.Feed fault : List.of(FakeThesisService.Feed.MALFORMED,
                FakeThesisService.Feed.TRUNCATED)) {
            thesisService.feed(fault);
            int readsBefore = thesisService.feedReads();
            Api.Answer answer = scenario.check();
            System.out.printf("[MalformedThesisFeedIT] %s feed: %d %s%n", fault, answer.status(), answer.text());
            assertEquals(200, answer.status(), fault + ": the check answers as documented (200 with the run): "
                    + answer.text());
            assertTrue(thesisService.feedReads() > readsBefore, fault + ": the check read the fake feed");
            JsonNode run = scenario.checkRun(answer.body().get("id").asLong());
            assertTrue(Scenario.ended(run), fault + ": the run has ended: " + run);
            if (run.has("status")) {
                assertEquals("FAILED", run.get("status").asText(), fault + ": a run that could not read its feed "
                        + "did not get through it: " + run);
            }
            String problem = run.path("problem").asText();
            assertTrue(problem.contains("thesis-service") && problem.contains("trigger"),
                    fault + ": the run's problem says the trigger feed could not be read: " + run);
            assertEquals(0, run.get("fired").asInt(), fault + ": nothing fired: " + run);
            assertEquals(0, scenario.alertEvents(), fault + ": no alert recorded");
        }

        thesisService.feed(FakeThesisService.Feed.GOOD);
        JsonNode good = scenario.checkOk();
        assertEquals(1, good.get("fired").asInt(), "with a good feed the same trigger fires: " + good);
        Poll.until("the alert email to the company's follower", Duration.ofSeconds(30),
                () -> tally.messageIdsOf(follower).size() == 1);
        assertEquals(1, tally.received(), "one email in all, after the feed answered well");
    }

    /** A trigger as thesis-service's feed writes it: VRT's yearly revenue above 5000, WARNING. */
    private static Map<String, Object> revenuePasses5000(UUID triggerId, UUID thesisId) {
        Map<String, Object> series = new HashMap<>();
        series.put("subject", "VRT");
        series.put("metric", "REVENUE");
        series.put("transform", "VALUE");
        series.put("window", null);
        series.put("kind", "YEAR");
        series.put("basis", "FISCAL");
        Map<String, Object> trigger = new HashMap<>();
        trigger.put("id", triggerId.toString());
        trigger.put("thesisId", thesisId.toString());
        trigger.put("thesisTitle", "Power and cooling");
        trigger.put("thesisStatus", "ACTIVE");
        trigger.put("thesisCompanies", List.of("VRT"));
        trigger.put("name", "Revenue passes 5000");
        trigger.put("series", series);
        trigger.put("operator", "GT");
        trigger.put("threshold", 5000);
        trigger.put("clearThreshold", null);
        trigger.put("forPeriods", 1);
        trigger.put("severity", "WARNING");
        return trigger;
    }
}
