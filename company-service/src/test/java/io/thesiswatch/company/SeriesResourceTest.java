package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.decimal;
import static io.thesiswatch.company.Fixtures.decimals;
import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.ObservationBatch.observations;
import static io.thesiswatch.company.SeriesQueryBody.aSeriesQuery;
import static io.thesiswatch.company.SeriesQueryBody.series;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class SeriesResourceTest {

    /** A read of one series: {@code read(s, m).transform("YOY_PCT").answer()}; parameters left null are not sent. */
    private static final class SeriesRead {

        private final String subject;
        private final String metric;
        private RequestSpecification request = given();

        private SeriesRead(String subject, String metric) {
            this.subject = subject;
            this.metric = metric;
        }

        SeriesRead transform(String transform) {
            return parameter("transform", transform);
        }

        SeriesRead window(String periods) {
            return parameter("window", periods);
        }

        SeriesRead from(String period) {
            return parameter("from", period);
        }

        SeriesRead to(String period) {
            return parameter("to", period);
        }

        ValidatableResponse answer() {
            return request.get("/api/v1/series/{s}/{m}", subject, metric).then();
        }

        private SeriesRead parameter(String name, String value) {
            if (value != null) {
                request = request.queryParam(name, value);
            }
            return this;
        }
    }

    private static SeriesRead read(String subject, String metric) {
        return new SeriesRead(subject, metric);
    }

    @Test
    void computesYearOnYearToTheDigit() {
        String nvda = Fixtures.company("NV");
        String capex = Fixtures.additiveMetric("CAPEX", "USD");
        observations().of(nvda, capex).at("2024", "1069000000").at("2023", "1833000000").at("2022", "1833000000")
                .record();
        read(nvda, capex).answer().statusCode(200).body("unit", equalTo("USD"))
                .body("points.period", contains("2022", "2023", "2024"));
        // (1069 - 1833) / 1833 = -41.6803055106...%
        read(nvda, capex).transform("YOY_PCT").answer().statusCode(200)
                .body("unit", equalTo("PERCENT"))
                .body("points.period", contains("2023", "2024"))
                .body("points.value", decimals("0", "-41.680306"));
    }

    @Test
    void computesQuarterOnQuarterAndNPeriodChangesAndLeavesOutZeroBases() {
        String s = Fixtures.company("Q");
        String m = Fixtures.additiveMetric("REVENUE", "USD");
        observations().of(s, m).at("2023-Q3", 0).at("2023-Q4", 100).at("2024-Q1", 125).at("2024-Q2", 150)
                .at("2024-Q3", 200).record();
        read(s, m).transform("POP_PCT").answer()
                .body("points.period", contains("2024-Q1", "2024-Q2", "2024-Q3"))
                .body("points.value", decimals("25", "20", "33.333333"));
        read(s, m).transform("CHANGE_PCT").window("2").answer()
                .body("window", equalTo(2))
                .body("points.period", contains("2024-Q2", "2024-Q3"))
                .body("points.value", decimals("50", "60"));
        // 2024-Q3 against 2023-Q3 = 0: no point rather than an infinite one
        read(s, m).transform("YOY_PCT").answer().body("points", empty());
    }

    @Test
    void sumsAGroupOverCompletePeriodsOnly() {
        String a = Fixtures.company("A");
        String b = Fixtures.company("B");
        String group = Fixtures.group("BIG", a, b);
        String capex = Fixtures.additiveMetric("CAPEX", "USD");
        observations()
                .of(a, capex).at("2022", 10).at("2023", 20).at("2024", 30)
                .of(b, capex).at("2022", 1).at("2024", 3)
                .record();
        read(group, capex).answer().statusCode(200)
                .body("derivedFromMembers", equalTo(true))
                .body("points.period", contains("2022", "2024"))
                .body("points.value", decimals("11", "33"));
    }

    @Test
    void usesAGroupsOwnObservationsForNonAdditiveMetrics() {
        String a = Fixtures.company("CN");
        String group = Fixtures.group("CNLLM", a);
        String share = Fixtures.nonAdditiveMetric("PC_SHARE", "PERCENT");
        observations()
                .of(a, share).at("2024", 50)
                .of(group, share).at("2023", 10).at("2024", 21)
                .record();
        read(group, share).answer().body("derivedFromMembers", equalTo(false))
                .body("points.value", decimals("10", "21"));
        read(group, share).transform("YOY_PCT").answer().body("points.value", decimals("110"));
    }

    @Test
    void filtersByFromAndTo() {
        String s = Fixtures.company("F");
        String m = Fixtures.additiveMetric("USERS", "COUNT");
        observations().of(s, m).at("2021", 1).at("2022", 2).at("2023", 4).at("2024", 8).record();
        read(s, m).transform("YOY_PCT").from("2023").to("2023").answer()
                .body("points.period", contains("2023"))
                .body("points.value", decimals("100"));
    }

    @ParameterizedTest(name = "transform={0} window={1} from={2} answers 400, naming {3}")
    @CsvSource(nullValues = "-", value = {
            "YOY_PCT,    2, -,       window",
            "CHANGE_PCT, -, -,       window",
            "CHANGE_PCT, 0, -,       -",
            "-,          -, 2024-13, from",
            "MEDIAN,     -, -,       -"})
    void rejectsBadTransformWindowAndPeriodParameters(String transform, String window, String from, String field) {
        String s = Fixtures.company("P");
        String m = Fixtures.additiveMetric("USERS", "COUNT");
        ValidatableResponse answer = read(s, m).transform(transform).window(window).from(from).answer()
                .statusCode(400).contentType("application/problem+json");
        if (field != null) {
            answer.body("errors[0].field", equalTo(field));
        }
    }

    @Test
    void aCompanyWithoutDataForTheMetricAnswersAnEmptySeriesAndWhy() {
        String idle = Fixtures.company("IDLE");
        String busy = Fixtures.company("BUSY");
        String m = Fixtures.additiveMetric("USERS", "COUNT");
        observations().of(busy, m).at("2024-Q1", 10).record();
        read(idle, m).answer().statusCode(200).body("subject", equalTo(idle)).body("unit", equalTo("COUNT"))
                .body("points", empty()).body("reason", equalTo("no observations yet"));
        read(busy, m).answer().statusCode(200).body("points.period", contains("2024-Q1"))
                .body("reason", nullValue());
    }

    @Test
    void aSingleSeriesReadsAsTheSameSeriesInABatchQuery() {
        String s = Fixtures.companyWithYearEnd("FY", "01-26");
        String m = Fixtures.additiveMetric("CAPEX", "USD");
        observations().of(s, m).at("2024-Q1", 100).at("2024-Q2", 110).at("2024-Q3", 120).at("2024-Q4", 130)
                .at("2025-Q1", 150).at("2025-Q2", 160).record();
        List<Object> single = read(s, m).transform("YOY_PCT").answer().statusCode(200)
                .body("points.period", contains("2025-Q1", "2025-Q2"))
                .body("points.value", decimals("50", "45.454545"))
                .extract().jsonPath().getList("points");
        List<Object> batch = given().contentType(ContentType.JSON)
                .body(aSeriesQuery().ask(series(s, m).transform("YOY_PCT")).build()).post("/api/v1/series/query")
                .then().statusCode(200).extract().jsonPath().getList("results[0].points");
        assertEquals(single, batch);
    }

    @Test
    void theLastPointsOfALongSeriesWithGapsAreTheTailOfTheWholeSeries() {
        String s = Fixtures.company("L");
        String m = Fixtures.additiveMetric("REVENUE", "USD");
        ObservationBatch batch = observations().of(s, m);
        for (int year = 2000; year < 2006; year++) { // older data of another kind, left out of a recent read
            batch.at(String.valueOf(year), 1000 + year);
        }
        for (int i = 0; i < 44; i++) {
            String quarter = (2014 + i / 4) + "-Q" + (i % 4 + 1);
            if (!quarter.equals("2024-Q2") && !quarter.equals("2021-Q3")) {
                batch.at(quarter, quarter.equals("2023-Q1") ? 0 : 100 + (i * 37) % 50);
            }
        }
        batch.record();
        LastPoints.areTheTailOfTheWholeSeries(s, m, "QUARTER", 12);
        LastPoints.areTheTailOfTheWholeSeries(s, m, "YEAR", 3);
        given().contentType(ContentType.JSON)
                .body(aSeriesQuery().last(2).ask(series(s, m).transform("YOY_PCT")).build())
                .post("/api/v1/series/query").then().statusCode(200)
                .body("results[0].error", containsString("YEAR and QUARTER"));
    }

    @Test
    void answersUnknownSubjectOrMetricWith404() {
        String s = Fixtures.company("U");
        String m = Fixtures.additiveMetric("USERS", "COUNT");
        read("NOSUCH" + s, m).answer().statusCode(404).body("detail", containsString("NOSUCH" + s));
        read(s, "NOSUCH_M").answer().statusCode(404).body("detail", containsString("NOSUCH_M"));
    }

    @Test
    void answersAThousandSeriesInTheOrderAskedWithErrorsForUnknownOnes() {
        String metric = Fixtures.additiveMetric("CAPEX", "USD");
        List<String> subjects = new ArrayList<>();
        ObservationBatch batch = observations();
        for (int i = 0; i < 10; i++) {
            String s = Fixtures.company("S");
            subjects.add(s);
            batch.of(s, metric);
            for (int y = 0; y < 3; y++) {
                batch.at(String.valueOf(2022 + y), (i + 1) * (y + 1));
            }
        }
        batch.record();
        SeriesQueryBody query = aSeriesQuery().last(1);
        for (int i = 0; i < 1000; i++) {
            String subject = i % 100 == 7 ? "UNKNOWN" + i : subjects.get(i % 10);
            query.ask(series(subject, metric).transform(i % 2 == 0 ? "VALUE" : "YOY_PCT"));
        }
        ValidatableResponse answer = given().contentType(ContentType.JSON).body(query.build())
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
    void namesTheMetricOfEachAnsweredSeriesInABatch() {
        String s = Fixtures.company("N");
        String m = Fixtures.nonAdditiveMetric("SHARE", "PERCENT");
        observations().of(s, m).at("2024", 21).record();
        given().contentType(ContentType.JSON)
                .body(aSeriesQuery().ask(series(s, m)).ask(series(s, m).transform("YOY_PCT"))
                        .ask(series("UNKNOWN", m)).build())
                .post("/api/v1/series/query").then().statusCode(200)
                .body("results[0].metricName", equalTo("Metric " + m))
                .body("results[0].unit", equalTo("PERCENT"))
                .body("results[1].metricName", equalTo("Metric " + m))
                .body("results[2].error", containsString("UNKNOWN"))
                .body("results[2].metricName", nullValue());
    }

    @Test
    void rejectsAQueryOfMoreThanAThousandSeriesOrNone() {
        SeriesQueryBody tooMany = aSeriesQuery();
        for (int i = 0; i < 1001; i++) {
            tooMany.ask(series("A", "B"));
        }
        given().contentType(ContentType.JSON).body(tooMany.build()).post("/api/v1/series/query")
                .then().statusCode(400).body("errors[0].field", equalTo("series"));
        given().contentType(ContentType.JSON).body(aSeriesQuery().build()).post("/api/v1/series/query")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(aSeriesQuery().ask(series("A", "B")).last(0).build())
                .post("/api/v1/series/query").then().statusCode(400).body("errors[0].field", equalTo("last"));
    }

    @Test
    void reportsABadWindowAsAPerSeriesErrorInABatch() {
        String s = Fixtures.company("W");
        String m = Fixtures.additiveMetric("USERS", "COUNT");
        given().contentType(ContentType.JSON)
                .body(aSeriesQuery().ask(series(s, m).transform("CHANGE_PCT")).ask(series(s, m)).build())
                .post("/api/v1/series/query").then().statusCode(200)
                .body("results[0].error", containsString("window"))
                .body("results[1].error", nullValue())
                .body("results[1].points", empty());
    }
}
