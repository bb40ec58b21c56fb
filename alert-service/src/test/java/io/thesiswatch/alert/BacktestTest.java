package io.thesiswatch.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** POST /api/v1/backtests: a trigger replayed over its series' history (README, "Expressions and backtests"). */
@QuarkusTest
class BacktestTest extends AlertTestSupport {

    /** Chinese models' share of PC usage, by calendar year, in percent. */
    private static SeriesAnswer share() {
        return aSeries().inPercent().yearly().calendar().ofMetricNamed("Chinese models' share of PC usage")
                .point("2015", 35).point("2016", 31).point("2017", 28).point("2018", 31).point("2019", 33)
                .point("2020", 29).point("2021", 25).point("2022", 27);
    }

    private static Map<String, Object> trigger(String operator, Object threshold) {
        return new HashMap<>(Map.of("name", "US share falls",
                "series", Map.of("subject", "CN-LLM", "metric", "MODEL_PC_SHARE", "kind", "YEAR", "basis", "CALENDAR"),
                "operator", operator, "threshold", threshold));
    }

    private static ValidatableResponse backtest(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/backtests").then();
    }

    @Test
    void reportsEachEpisodeTheStateNowAndTheEmailsEachSubscriberWouldHaveGot() {
        Neighbours.series(share());
        Map<String, Object> body = trigger("LT", 30);
        body.put("clearThreshold", 32);

        backtest(body).statusCode(200)
                .body("series", equalTo("CN-LLM MODEL_PC_SHARE"))
                .body("seriesName", equalTo("Chinese models' share of PC usage"))
                .body("periods", equalTo(8)).body("from", equalTo("2015")).body("to", equalTo("2022"))
                // fires at 28 in 2017; 31 in 2018 is not yet back past 32; 33 in 2019 clears; 29 in 2020 fires again
                .body("episodes.fired.period", contains("2017", "2020"))
                .body("episodes.fired.value", contains(28, 29))
                .body("episodes[0].resolved.period", equalTo("2019"))
                .body("episodes[0].resolved.periodName", equalTo("calendar 2019"))
                .body("episodes[1].resolved", nullValue())
                .body("now.condition", equalTo("FIRING")).body("now.period", equalTo("2022"))
                .body("now.value", equalTo(27))
                .body("severity", equalTo("WARNING"))
                .body("emails.find { it.minSeverity == 'WARNING' && it.notifyResolved }.emails", equalTo(3))
                .body("emails.find { it.minSeverity == 'WARNING' && !it.notifyResolved }.emails", equalTo(2))
                .body("emails.find { it.minSeverity == 'INFO' && it.notifyResolved }.emails", equalTo(3))
                .body("emails.find { it.minSeverity == 'CRITICAL' && it.notifyResolved }.emails", equalTo(0))
                .body("replayed", containsString("restatements included"));
        String asked = Neighbours.companyService().findAll(postRequestedFor(urlEqualTo("/api/v1/series/query")))
                .get(0).getBodyAsString();
        assertTrue(asked.contains("\"last\":400"), asked);
    }

    @Test
    void aCrossingFiresOnlyWhenTheValueCrossesFromThePeriodBefore() {
        Neighbours.series(share());
        backtest(trigger("CROSSES_BELOW", 30)).statusCode(200)
                // 2015 alone is the baseline; 31 -> 28 crosses, 28 -> 31 is back above; 33 -> 29 crosses again
                .body("episodes.fired.period", contains("2017", "2020"))
                .body("episodes[0].resolved.period", equalTo("2018"))
                .body("emails.find { it.minSeverity == 'WARNING' && it.notifyResolved }.emails", equalTo(3));
    }

    @Test
    void replaysASavedTriggerByItsId() {
        FeedTrigger saved = aTrigger().of(UUID.randomUUID()).named("Share falls below 30%").on("CN-LLM",
                "MODEL_PC_SHARE").yearly().calendar().below(30).critical();
        Neighbours.savedTrigger(saved);
        Neighbours.series(share());

        backtest(Map.of("triggerId", saved.id().toString())).statusCode(200)
                .body("triggerId", equalTo(saved.id().toString()))
                .body("name", equalTo("Share falls below 30%"))
                .body("episodes.fired.period", contains("2017", "2020"))
                .body("episodes[0].resolved.period", equalTo("2018"))
                .body("emails.find { it.minSeverity == 'CRITICAL' && !it.notifyResolved }.emails", equalTo(2));
        backtest(Map.of("triggerId", UUID.randomUUID().toString())).statusCode(404)
                .contentType("application/problem+json");
        backtest(Map.of("triggerId", saved.id().toString(), "operator", "GT")).statusCode(400)
                .body("errors[0].field", equalTo("triggerId"));
    }

    @Test
    void aBadTriggerIsA400NamingTheFieldAndNothingIsAsked() {
        backtest(Map.of("series", Map.of("subject", "NVDA", "metric", "CAPEX"))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("operator")).body("errors.field", hasItem("threshold"));
        backtest(Map.of("series", Map.of("expression", "{NVDA:REVENUE} ^ 2", "kind", "YEAR"), "operator", "GT",
                "threshold", 1)).statusCode(400)
                .body("errors[0].field", equalTo("series.expression"))
                .body("errors[0].message", containsString("'^'"));
        backtest(Map.of("series", Map.of("subject", "nvda", "metric", "CAPEX"), "operator", "GT", "threshold", 1))
                .statusCode(400).body("errors[0].field", equalTo("series.subject"));
        backtest(Map.of("series", Map.of("subject", "NVDA", "metric", "CAPEX"), "operator", "CROSSES_ABOVE",
                "threshold", 1, "forPeriods", 3)).statusCode(400).body("errors[0].field", equalTo("forPeriods"));
        assertTrue(Neighbours.companyService().findAll(postRequestedFor(urlEqualTo("/api/v1/series/query")))
                .isEmpty());
    }

    @Test
    void anUnknownSeriesIsA400WithTheCodeAndCompanyServiceDownIsA503() {
        Neighbours.series(aSeries().failing("unknown subject 'NOPE'"));
        backtest(Map.of("series", Map.of("subject", "NOPE", "metric", "CAPEX"), "operator", "GT", "threshold", 1))
                .statusCode(400).body("errors[0].field", equalTo("series"))
                .body("errors[0].message", equalTo("unknown subject 'NOPE'"));
        Neighbours.companyServiceDown();
        backtest(Map.of("series", Map.of("subject", "NVDA", "metric", "CAPEX"), "operator", "GT", "threshold", 1))
                .statusCode(503).body("detail", containsString("company-service"));
    }

    @Test
    void fourHundredPeriodsAreReplayedInUnderASecond() {
        SeriesAnswer century = aSeries().inPercent().quarterly().calendar();
        for (int i = 0; i < 400; i++) {
            century.point((1926 + i / 4) + "-Q" + (i % 4 + 1), 20 + (i * 7919 % 23));
        }
        Neighbours.series(century);
        Map<String, Object> body = Map.of("series", Map.of("subject", "NVDA", "metric", "CAPEX", "kind", "QUARTER"),
                "operator", "GT", "threshold", 35, "forPeriods", 2);
        backtest(body).statusCode(200).body("periods", equalTo(400));
        Instant start = Instant.now();
        backtest(body).statusCode(200).body("from", equalTo("1926-Q1")).body("to", equalTo("2025-Q4"));
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "a 400-period backtest took " + took);
    }

    @Test
    void onlyAnalystsAndAdminsRunBacktests() {
        Neighbours.series(share());
        RestAssured.requestSpecification = null;
        as(Tokens.analyst("ana")).body(trigger("LT", 30)).post("/api/v1/backtests").then().statusCode(200);
        List.of(Tokens.subscriber("s@example.com"), Tokens.service()).forEach(token ->
                as(token).body(trigger("LT", 30)).post("/api/v1/backtests").then().statusCode(403));
    }

    private static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
