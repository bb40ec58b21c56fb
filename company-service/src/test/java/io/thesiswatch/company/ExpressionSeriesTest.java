package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.decimal;
import static io.thesiswatch.company.Fixtures.decimals;
import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.ObservationBatch.observations;
import static io.thesiswatch.company.SeriesQueryBody.aSeriesQuery;
import static io.thesiswatch.company.SeriesQueryBody.expression;
import static io.thesiswatch.company.SeriesQueryBody.series;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expressions over series (README, "Expressions and backtests"), read alone and in a batch. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class ExpressionSeriesTest {

    private String revenue;
    private String capex;
    /** Fiscal year ends 31 December: revenue 300, 200, 100, 700 for the quarters of 2024. */
    private String december;
    /** Fiscal year ends 31 December: capex 7, 0, 3 for 2024 Q1 to Q3 (no Q4). */
    private String other;
    /** Fiscal year ends 30 June: capex 50 in fiscal 2024 Q3 (January to March 2024), 25 in fiscal 2024 Q4. */
    private String june;

    @BeforeEach
    void data() {
        revenue = Fixtures.additiveMetric("REV", "USD");
        capex = Fixtures.additiveMetric("CAPEX", "USD");
        december = Fixtures.company("DEC");
        other = Fixtures.company("OTH");
        june = Fixtures.companyWithYearEnd("JUN", "06-30");
        observations().of(december, revenue).at("2024-Q1", 300).at("2024-Q2", 200).at("2024-Q3", 100)
                .at("2024-Q4", 700).record();
        observations().of(other, capex).at("2024-Q1", 7).at("2024-Q2", 0).at("2024-Q3", 3).record();
        observations().of(june, capex).at("2024-Q3", 50).at("2024-Q4", 25).record();
    }

    private String ref(String subject, String metric) {
        return "{" + subject + ":" + metric + "}";
    }

    @Test
    void dividesTwoCompaniesSeriesPeriodByPeriodLeavingOutMissingOperandsAndZeroDivisors() {
        given().queryParam("expression", ref(december, revenue) + " / " + ref(other, capex))
                .get("/api/v1/series").then().statusCode(200)
                .body("unit", equalTo("RATIO")).body("kind", equalTo("QUARTER")).body("basis", equalTo("CALENDAR"))
                // Q2 divides by zero and Q4 has no capex: both left out; 300/7 and 100/3 to ten places, HALF_UP
                .body("points.period", contains("2024-Q1", "2024-Q3"))
                .body("points.value", decimals("42.8571428571", "33.3333333333"))
                .body("points[0].operands.reference", contains(ref(december, revenue), ref(other, capex)))
                .body("points[0].operands.value", decimals("300", "7"))
                .body("points[0].start", equalTo("2024-01-01")).body("points[0].end", equalTo("2024-03-31"))
                .body("description", equalTo(december + " Metric " + revenue + " / " + other + " Metric " + capex));
    }

    @Test
    void readsCompaniesWithDifferentYearEndsOnTheCalendarBasisAndRefusesTheirFiscalOne() {
        String expression = "(" + ref(december, revenue) + " - " + ref(june, capex) + ") / " + ref(june, capex)
                + " * 100";
        given().queryParam("expression", expression).queryParam("unit", "PERCENT")
                .get("/api/v1/series").then().statusCode(200)
                .body("unit", equalTo("PERCENT")).body("basis", equalTo("CALENDAR"))
                // calendar 2024 Q1 is June's fiscal 2024 Q3: (300 - 50) / 50 * 100; Q2: (200 - 25) / 25 * 100
                .body("points.period", contains("2024-Q1", "2024-Q2"))
                .body("points.value", decimals("500", "700"))
                .body("points[0].operands[1].fiscalPeriods", contains("2024-Q3"));
        given().queryParam("expression", expression).queryParam("basis", "FISCAL")
                .get("/api/v1/series").then().statusCode(400)
                .body("errors[0].field", equalTo("basis"))
                .body("detail", containsString(june + " ends it on 06-30"));
    }

    @Test
    void oneCompanysExpressionReadsOnItsFiscalBasis() {
        given().queryParam("expression", ref(june, capex) + " * 2 + 0.5")
                .get("/api/v1/series").then().statusCode(200)
                .body("basis", equalTo("FISCAL"))
                .body("points.period", contains("2024-Q3", "2024-Q4"))
                .body("points.value", decimals("100.5", "50.5"))
                .body("points[1].operands[0].value", decimal("25"));
    }

    @Test
    void aBadTokenIsA400NamingIt() {
        given().queryParam("expression", ref(december, revenue) + " / {" + other + ":capex}")
                .get("/api/v1/series").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("expression"))
                .body("errors[0].message", containsString("'{" + other + ":capex}': 'capex' is not a metric code"));
        given().queryParam("expression", ref(december, revenue) + " ^ 2")
                .get("/api/v1/series").then().statusCode(400)
                .body("errors[0].message", containsString("'^'"));
        given().queryParam("expression", "{NOPE-X:REV} / 2")
                .get("/api/v1/series").then().statusCode(400)
                .body("errors[0].message", equalTo("'{NOPE-X:REV}': unknown subject 'NOPE-X'"));
        given().get("/api/v1/series").then().statusCode(400)
                .body("errors[0].field", containsString("expression"));
        given().queryParam("expression", ref(december, revenue)).queryParam("unit", "PINTS")
                .get("/api/v1/series").then().statusCode(400).body("errors[0].field", equalTo("unit"));
    }

    @Test
    void aReferenceWithoutDataLeavesTheSeriesEmptyAndSaysWhich() {
        String idle = Fixtures.company("IDLE");
        given().queryParam("expression", ref(december, revenue) + " / " + ref(idle, capex))
                .get("/api/v1/series").then().statusCode(200)
                .body("points", empty())
                .body("reason", equalTo("'" + ref(idle, capex) + "' has no observations yet"));
    }

    @Test
    void aBatchAnswersExpressionsBesideSeriesAndGivesEachBadItemItsOwnError() {
        given().contentType(ContentType.JSON).body(aSeriesQuery()
                        .ask(series(december, revenue))
                        .ask(expression(ref(december, revenue) + " / " + ref(other, capex) + " * 100").unit("PERCENT"))
                        .ask(expression(ref(december, revenue) + " / 2 2"))
                        .ask(expression(ref(december, revenue)).kind("MONTH"))
                        .last(1).build())
                .post("/api/v1/series/query").then().statusCode(200)
                .body("results[0].points.value", decimals("700"))
                .body("results[1].expression", equalTo(ref(december, revenue) + " / " + ref(other, capex) + " * 100"))
                .body("results[1].subject", nullValue()).body("results[1].transform", nullValue())
                .body("results[1].metricName", equalTo(december + " Metric " + revenue + " / " + other + " Metric "
                        + capex + " * 100"))
                .body("results[1].unit", equalTo("PERCENT"))
                .body("results[1].points.period", contains("2024-Q3"))
                .body("results[1].points.value", decimals("3333.3333333300"))
                .body("results[2].error", containsString("expression "))
                .body("results[3].points", empty());
        given().contentType(ContentType.JSON).body(aSeriesQuery().ask(series(december, null))
                        .ask(expression(ref(december, revenue)).transform("YOY_PCT")).build())
                .post("/api/v1/series/query").then().statusCode(400)
                .body("errors.field", contains("series[0].metric", "series[1].expression"));
    }
}
