package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.decimal;
import static io.thesiswatch.company.Fixtures.decimals;
import static io.thesiswatch.company.Fixtures.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class SeriesResourceTest {

    private static ValidatableResponse series(String subject, String metric, String... query) {
        var request = given();
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.get("/api/v1/series/{s}/{m}", subject, metric).then();
    }

    @Test
    void computesYearOnYearToTheDigit() {
        String nvda = Fixtures.company("NV");
        String capex = Fixtures.metric("CAPEX", "USD", true);
        Fixtures.observe(nvda, capex, "2024", "1069000000", nvda, capex, "2023", "1833000000",
                nvda, capex, "2022", "1833000000");
        series(nvda, capex).statusCode(200).body("unit", equalTo("USD"))
                .body("points.period", contains("2022", "2023", "2024"));
        // (1069 - 1833) / 1833 = -41.6803055106...%
        series(nvda, capex, "transform", "YOY_PCT").statusCode(200)
                .body("unit", equalTo("PERCENT"))
                .body("points.period", contains("2023", "2024"))
                .body("points.value", decimals("0", "-41.680306"));
    }

    @Test
    void computesQuarterOnQuarterAndNPeriodChangesAndLeavesOutZeroBases() {
        String s = Fixtures.company("Q");
        String m = Fixtures.metric("REVENUE", "USD", true);
        Fixtures.observe(s, m, "2023-Q3", 0, s, m, "2023-Q4", 100, s, m, "2024-Q1", 125, s, m, "2024-Q2", 150,
                s, m, "2024-Q3", 200);
        series(s, m, "transform", "POP_PCT")
                .body("points.period", contains("2024-Q1", "2024-Q2", "2024-Q3"))
                .body("points.value", decimals("25", "20", "33.333333"));
        series(s, m, "transform", "CHANGE_PCT", "window", "2")
                .body("window", equalTo(2))
                .body("points.period", contains("2024-Q2", "2024-Q3"))
                .body("points.value", decimals("50", "60"));
        // 2024-Q3 against 2023-Q3 = 0: no point rather than an infinite one
        series(s, m, "transform", "YOY_PCT").body("points", empty());
    }

    @Test
    void sumsAGroupOverCompletePeriodsOnly() {
        String a = Fixtures.company("A");
        String b = Fixtures.company("B");
        String group = Fixtures.group("BIG", a, b);
        String capex = Fixtures.metric("CAPEX", "USD", true);
        Fixtures.observe(a, capex, "2022", 10, a, capex, "2023", 20, a, capex, "2024", 30,
                b, capex, "2022", 1, b, capex, "2024", 3);
        series(group, capex).statusCode(200)
                .body("derivedFromMembers", equalTo(true))
                .body("points.period", contains("2022", "2024"))
                .body("points.value", decimals("11", "33"));
    }

    @Test
    void usesAGroupsOwnObservationsForNonAdditiveMetrics() {
        String a = Fixtures.company("CN");
        String group = Fixtures.group("CNLLM", a);
        String share = Fixtures.metric("PC_SHARE", "PERCENT", false);
        Fixtures.observe(a, share, "2024", 50, group, share, "2023", 10, group, share, "2024", 21);
        series(group, share).body("derivedFromMembers", equalTo(false))
                .body("points.value", decimals("10", "21"));
        series(group, share, "transform", "YOY_PCT").body("points.value", decimals("110"));
    }

    @Test
    void filtersByFromAndTo() {
        String s = Fixtures.company("F");
        String m = Fixtures.metric("USERS", "COUNT", true);
        Fixtures.observe(s, m, "2021", 1, s, m, "2022", 2, s, m, "2023", 4, s, m, "2024", 8);
        series(s, m, "transform", "YOY_PCT", "from", "2023", "to", "2023")
                .body("points.period", contains("2023"))
                .body("points.value", decimals("100"));
    }

    @Test
    void rejectsBadTransformWindowAndPeriodParameters() {
        String s = Fixtures.company("P");
        String m = Fixtures.metric("USERS", "COUNT", true);
        series(s, m, "transform", "YOY_PCT", "window", "2").statusCode(400).body("errors[0].field", equalTo("window"));
        series(s, m, "transform", "CHANGE_PCT").statusCode(400).body("errors[0].field", equalTo("window"));
        series(s, m, "transform", "CHANGE_PCT", "window", "0").statusCode(400);
        series(s, m, "from", "2024-13").statusCode(400).body("errors[0].field", equalTo("from"));
        series(s, m, "transform", "MEDIAN").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void answersUnknownSubjectOrMetricWith404() {
        String s = Fixtures.company("U");
        String m = Fixtures.metric("USERS", "COUNT", true);
        series("NOSUCH" + s, m).statusCode(404).body("detail", containsString("NOSUCH" + s));
        series(s, "NOSUCH_M").statusCode(404).body("detail", containsString("NOSUCH_M"));
    }

    @Test
    void answersAThousandSeriesInTheOrderAskedWithErrorsForUnknownOnes() {
        String metric = Fixtures.metric("CAPEX", "USD", true);
        List<String> subjects = new ArrayList<>();
        Object[] quads = new Object[10 * 4 * 3];
        for (int i = 0; i < 10; i++) {
            String s = Fixtures.company("S");
            subjects.add(s);
            for (int y = 0; y < 3; y++) {
                int at = (i * 3 + y) * 4;
                quads[at] = s;
                quads[at + 1] = metric;
                quads[at + 2] = String.valueOf(2022 + y);
                quads[at + 3] = (i + 1) * (y + 1);
            }
        }
        Fixtures.observe(quads);
        List<Map<String, Object>> asked = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> spec = new HashMap<>();
            spec.put("subject", i % 100 == 7 ? "UNKNOWN" + i : subjects.get(i % 10));
            spec.put("metric", metric);
            spec.put("transform", i % 2 == 0 ? "VALUE" : "YOY_PCT");
            asked.add(spec);
        }
        ValidatableResponse answer = given().contentType(ContentType.JSON)
                .body(Map.of("series", asked, "last", 1))
                .post("/api/v1/series/query").then().statusCode(200)
                .body("results", hasSize(1000));
        for (int i = 0; i < 1000; i += 37) {
            String path = "results[" + i + "]";
            if (i % 100 == 7) {
                answer.body(path + ".error", containsString("UNKNOWN" + i)).body(path + ".points", nullValue());
            } else {
                int k = i % 10 + 1;
                String expected = i % 2 == 0 ? String.valueOf(3 * k) : "50";
                answer.body(path + ".subject", equalTo(subjects.get(i % 10)))
                        .body(path + ".points", hasSize(1))
                        .body(path + ".points[0].period", equalTo("2024"))
                        .body(path + ".points[0].value", decimal(expected));
            }
        }
    }

    @Test
    void rejectsAQueryOfMoreThanAThousandSeriesOrNone() {
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("subject", "A", "metric", "B"));
        }
        given().contentType(ContentType.JSON).body(Map.of("series", tooMany)).post("/api/v1/series/query")
                .then().statusCode(400).body("errors[0].field", equalTo("series"));
        given().contentType(ContentType.JSON).body(Map.of("series", List.of())).post("/api/v1/series/query")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("series", List.of(Map.of("subject", "A", "metric", "B")),
                "last", 0)).post("/api/v1/series/query").then().statusCode(400).body("errors[0].field", equalTo("last"));
    }

    @Test
    void reportsABadWindowAsAPerSeriesErrorInABatch() {
        String s = Fixtures.company("W");
        String m = Fixtures.metric("USERS", "COUNT", true);
        given().contentType(ContentType.JSON)
                .body(Map.of("series", List.of(Map.of("subject", s, "metric", m, "transform", "CHANGE_PCT"),
                        Map.of("subject", s, "metric", m))))
                .post("/api/v1/series/query").then().statusCode(200)
                .body("results[0].error", containsString("window"))
                .body("results[1].error", nullValue())
                .body("results[1].points", empty());
    }
}
