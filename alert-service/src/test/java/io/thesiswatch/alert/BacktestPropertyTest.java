package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.thesiswatch.contract.Operator;
import org.junit.jupiter.api.Test;

/**
 * The backtest and the live check agree: for random series and random triggers, running the real check after each
 * new point (real database, real state between checks) records exactly the events the backtest reports.
 */
@QuarkusTest
class BacktestPropertyTest extends AlertTestSupport {

    private static final int CASES = 25;

    /** One random case: yearly points (some years missing) and a rule that fits the contract's rules. */
    private record Case(List<String> periods, List<BigDecimal> values, Operator operator, BigDecimal threshold,
            BigDecimal clearThreshold, int forPeriods) {

        static Case random(Random random) {
            List<String> periods = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            int year = 2000;
            int length = 4 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                year += random.nextInt(10) == 0 ? 2 : 1; // a missing year now and then: NO_DATA in between
                periods.add(Integer.toString(year));
                values.add(BigDecimal.valueOf(random.nextInt(400), 1)); // 0.0 to 39.9
            }
            Operator operator = Operator.values()[random.nextInt(Operator.values().length)];
            BigDecimal threshold = BigDecimal.valueOf(100 + random.nextInt(200), 1);
            BigDecimal clear = null;
            if (random.nextBoolean()) {
                BigDecimal margin = BigDecimal.valueOf(random.nextInt(50), 1);
                clear = operator.firesUpward() ? threshold.subtract(margin) : threshold.add(margin);
            }
            int forPeriods = operator.isCrossing() ? 1 : 1 + random.nextInt(3);
            return new Case(periods, values, operator, threshold, clear, forPeriods);
        }

        SeriesAnswer firstPoints(int count) {
            SeriesAnswer series = aSeries().inPercent().yearly().calendar();
            for (int i = 0; i < count; i++) {
                series.point(periods.get(i), values.get(i));
            }
            return series;
        }

        FeedTrigger asFeedTrigger() {
            FeedTrigger trigger = aTrigger().of(UUID.randomUUID()).named("random").on("NVDA", "CAPEX").yearly()
                    .calendar().when(operator.name(), threshold).forPeriods(forPeriods).warning();
            return clearThreshold == null ? trigger : trigger.clearsAt(clearThreshold);
        }

        Map<String, Object> asBacktest() {
            Map<String, Object> body = new HashMap<>(Map.of("series", Map.of("subject", "NVDA", "metric", "CAPEX",
                    "kind", "YEAR", "basis", "CALENDAR"), "operator", operator.name(), "threshold", threshold,
                    "forPeriods", forPeriods));
            if (clearThreshold != null) {
                body.put("clearThreshold", clearThreshold);
            }
            return body;
        }
    }

    @Test
    void theLiveCheckAfterEachNewPointRecordsExactlyTheEpisodesTheBacktestReports() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int events = 0;
        for (int c = 0; c < CASES; c++) {
            Case example = Case.random(random);
            FeedTrigger trigger = example.asFeedTrigger();
            Neighbours.triggers(trigger);
            for (int points = 1; points <= example.periods().size(); points++) {
                Neighbours.series(example.firstPoints(points));
                check();
            }
            List<String> live = liveEvents(trigger.id());

            Neighbours.series(example.firstPoints(example.periods().size()));
            JsonPath backtest = given().contentType(ContentType.JSON).body(example.asBacktest())
                    .post("/api/v1/backtests").then().statusCode(200).extract().jsonPath();

            assertEquals(live, backtestEvents(backtest), "seed " + seed + ", case " + c + ": " + example);
            events += live.size();
        }
        // a sanity check on the generator: the cases must exercise firing and resolving, not only quiet series
        org.junit.jupiter.api.Assertions.assertTrue(events > 0, "seed " + seed + ": no case fired at all");
    }

    /** The trigger's events as the live check recorded them, oldest first: "FIRED 2003 12.5". */
    private static List<String> liveEvents(UUID triggerId) {
        JsonPath alerts = given().queryParam("triggerId", triggerId).queryParam("size", 100).get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath();
        List<String> events = new ArrayList<>();
        List<Map<String, Object>> items = alerts.getList("items");
        for (Map<String, Object> item : items) {
            events.add(item.get("kind") + " " + item.get("period") + " " + decimal(item.get("value")));
        }
        Collections.reverse(events);
        return events;
    }

    private static List<String> backtestEvents(JsonPath backtest) {
        List<String> events = new ArrayList<>();
        List<Map<String, Object>> episodes = backtest.getList("episodes");
        for (Map<String, Object> episode : episodes) {
            events.add(moment("FIRED", episode.get("fired")));
            if (episode.get("resolved") != null) {
                events.add(moment("RESOLVED", episode.get("resolved")));
            }
        }
        return events;
    }

    @SuppressWarnings("unchecked")
    private static String moment(String kind, Object moment) {
        Map<String, Object> m = (Map<String, Object>) moment;
        return kind + " " + m.get("period") + " " + decimal(m.get("value"));
    }

    private static String decimal(Object number) {
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
}
