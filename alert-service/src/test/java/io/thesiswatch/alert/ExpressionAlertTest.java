package io.thesiswatch.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.devinfra.ReceivedEmail;
import org.junit.jupiter.api.Test;

/** Triggers on expressions, checked like any series (README, "Expressions and backtests"). */
@QuarkusTest
class ExpressionAlertTest extends AlertTestSupport {

    private static final String SHARE = "{NVDA:REVENUE} / {BIG6:CAPEX} * 100";
    private static final String WORDS = "NVDA Revenue / BIG6 Capital expenditure * 100";

    @Test
    void anExpressionTriggerFiresAndItsEmailAndEventSayTheExpressionInWords() {
        UUID thesis = UUID.randomUUID();
        String ana = email("ana");
        String anaId = confirmedSubscriber(ana, Map.of("name", "Ana"));
        Neighbours.thesis(thesis, "AI capex cycle runs through 2027");
        follow(anaId, Map.of("thesisId", thesis.toString()));
        FeedTrigger trigger = aTrigger().of(thesis).named("NVIDIA's share of the giants' capex falls")
                .onExpression(SHARE).calendar().below(30).critical();
        Neighbours.triggers(trigger);
        Neighbours.series(aSeries().ofExpression(SHARE, WORDS).inPercent().yearly().calendar()
                .point("2023", new java.math.BigDecimal("33.1")).point("2024", new java.math.BigDecimal("29.4573")));

        JsonPath run = check();
        assertEquals(1, run.getInt("fired"));
        JsonNode asked = seriesAsked().get(0);
        assertEquals(SHARE, asked.get("series").get(0).get("expression").asText());
        assertTrue(asked.get("series").get(0).get("subject") == null
                || asked.get("series").get(0).get("subject").isNull(), asked.toString());

        given().queryParam("triggerId", trigger.id()).get("/api/v1/alerts").then().statusCode(200)
                .body("items[0].series", org.hamcrest.Matchers.equalTo(SHARE))
                .body("items[0].seriesName", org.hamcrest.Matchers.equalTo(WORDS))
                .body("items[0].value", org.hamcrest.Matchers.equalTo(29.4573f));
        ReceivedEmail fired = settled(anaId, ana, "giants' capex", 1).get(0);
        assertTrue(fired.text().contains(WORDS + " 29.5% fell below 30%"), fired.text());
        assertTrue(fired.text().contains(SHARE + " (" + WORDS + ", %)"), fired.text());
        assertTrue(fired.subject().contains(WORDS), fired.subject());
        // a critical event goes to the thesis' journal too, with the expression in words
        await().atMost(Duration.ofSeconds(30)).until(() -> !Neighbours.thesisService()
                .findAll(postRequestedFor(urlPathEqualTo("/api/v1/theses/" + thesis + "/risk-events"))).isEmpty());
        JsonNode riskEvent = read(Neighbours.thesisService()
                .findAll(postRequestedFor(urlPathEqualTo("/api/v1/theses/" + thesis + "/risk-events"))).get(0)
                .getBodyAsString());
        assertEquals(WORDS, riskEvent.get("seriesInWords").asText(), riskEvent.toString());
    }

    @Test
    void aCheckOfTenThousandTriggersHalfOfThemExpressionsStaysAtAboutTwoCallsPerThousand() {
        int pages = 10;
        int pageSize = 1000;
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < pageSize / 2; i++) {
            results.add(aSeries().yearly().point("2024", 5).json());
            results.add(aSeries().ofExpression(expression(i), "words").yearly().point("2024", 0.5).json());
        }
        Neighbours.series(results);
        UUID thesis = UUID.randomUUID();
        for (int page = 0; page < pages; page++) {
            List<FeedTrigger> triggers = new ArrayList<>();
            for (int i = 0; i < pageSize / 2; i++) {
                triggers.add(aTrigger().of(thesis).named("plain " + i).on("C" + i, "CAPEX").yearly().above(100));
                triggers.add(aTrigger().of(thesis).named("expression " + i).onExpression(expression(i)).above(100));
            }
            Neighbours.triggerPage(page, pageSize, pages * pageSize, triggers);
        }
        Neighbours.triggerPage(pages, pageSize, pages * pageSize, List.of());

        JsonPath run = check();

        assertEquals(pages * pageSize, run.getInt("evaluated"));
        assertEquals(0, run.getInt("errors"), run.prettify());
        List<LoggedRequest> seriesCalls = Neighbours.companyService()
                .findAll(postRequestedFor(urlEqualTo("/api/v1/series/query")));
        int feedCalls = Neighbours.thesisService().findAll(getRequestedFor(urlPathEqualTo("/api/v1/triggers"))).size();
        assertEquals(pages, seriesCalls.size(), "one series request per page of 1,000 triggers");
        assertEquals(pages, feedCalls, "one feed request per page (its total says which one is the last)");
        assertEquals(1 + seriesCalls.size() + feedCalls, run.getInt("httpCalls"), "with the ranges of the triggers");
        JsonNode firstPage = read(seriesCalls.get(0).getBodyAsString());
        assertEquals(pageSize, firstPage.get("series").size());
        assertEquals(pageSize / 2, firstPage.get("series").findValues("expression").stream()
                .filter(node -> !node.isNull()).count());
    }

    private static String expression(int i) {
        return "{C" + i + ":REVENUE} / {BIG6:CAPEX}";
    }

    private static List<JsonNode> seriesAsked() {
        return Neighbours.companyService().findAll(postRequestedFor(urlEqualTo("/api/v1/series/query"))).stream()
                .map(request -> read(request.getBodyAsString())).toList();
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
