package io.thesiswatch.company;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static io.thesiswatch.company.CompanyBody.aCompany;
import static io.thesiswatch.company.Fixtures.decimal;
import static io.thesiswatch.company.Fixtures.decimals;
import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.MetricBody.aMetric;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.thesiswatch.company.sec.ImportJobs;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import io.thesiswatch.testsupport.StubServiceResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StubServiceResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "configKey", value = "sec"),
        @ResourceArg(name = "urlProperty", value = "company.sec.fetch.base-url")})
class SecImportTest {

    private static byte[] nvidia;

    @Inject
    DataSource database;

    @Inject
    ImportJobs jobs;

    /** NVIDIA's companyfacts as the SEC serves them, read once. */
    private static byte[] nvidiaFile() throws IOException {
        if (nvidia == null) {
            try (InputStream in = SecImportTest.class.getResourceAsStream("/sec/companyfacts-NVDA.json")) {
                nvidia = in.readAllBytes();
            }
        }
        return nvidia;
    }

    @BeforeEach
    void nvidiaExists() throws IOException {
        nvidiaFile();
        given().contentType(ContentType.JSON).body(aCompany("NVDA").name("NVIDIA").layer("INFRASTRUCTURE").build())
                .post("/api/v1/companies").then().statusCode(oneOf(201, 409));
    }

    private static ValidatableResponse importFile(String subject, byte[] file) {
        return given().contentType(ContentType.JSON).queryParam("subject", subject).body(file)
                .post("/api/v1/imports/sec-companyfacts").then();
    }

    @Test
    void importsNvidiaCapexAcrossItsConceptSwitchAndReportsASecondImportUnchanged() {
        importFile("NVDA", nvidia).statusCode(200)
                .body("cik", equalTo("1045810"))
                .body("entityName", equalTo("NVIDIA CORP"))
                .body("metrics.metric", contains("CAPEX", "REVENUE"))
                .body("metrics[0].conceptsUsed", contains("PaymentsToAcquirePropertyPlantAndEquipment",
                        "PaymentsToAcquireProductiveAssets"));

        given().queryParam("kind", "YEAR").get("/api/v1/series/NVDA/CAPEX").then().statusCode(200)
                .body("points.period", contains("2010", "2011", "2012", "2022", "2023", "2024"))
                .body("points.value", decimals("77601000", "97890000", "138735000", "976000000", "1833000000",
                        "1069000000"));
        given().queryParam("kind", "YEAR").queryParam("transform", "YOY_PCT").queryParam("from", "2024")
                .get("/api/v1/series/NVDA/CAPEX").then()
                .body("points.value", decimals("-41.680306"));
        // the first quarters run on across the 2020 switch of concepts, from one concept to the next
        given().queryParam("kind", "QUARTER").queryParam("from", "2020-Q1").queryParam("to", "2022-Q1")
                .get("/api/v1/series/NVDA/CAPEX").then()
                .body("points.period", hasItems("2020-Q1", "2021-Q1", "2022-Q1"))
                .body("points.find { it.period == '2020-Q1' }.value", decimal("128000000"))
                .body("points.find { it.period == '2022-Q1' }.value", decimal("298000000"));
        given().get("/api/v1/observations/NVDA/CAPEX/2024-Q4/history").then().statusCode(200)
                .body("[0].value", decimal("254000000"))
                .body("[0].source", containsString("Q4 = fiscal year minus nine months"));
        given().get("/api/v1/observations/NVDA/CAPEX/2024/history").then()
                .body("[0].source", containsString("0001045810-24-000029"));

        importFile("NVDA", nvidia).statusCode(200)
                .body("metrics.inserted", contains(0, 0))
                .body("metrics.updated", contains(0, 0))
                .body("metrics[0].unchanged", greaterThan(0));
    }

    @Test
    void nvidiasQuartersComeFromYearToDateFilingsAndReadOnTheCalendarBasis() {
        importFile("NVDA", nvidia).statusCode(200);
        given().get("/api/v1/companies/NVDA").then().body("fiscalYearEnd", equalTo("01-28"));
        given().get("/api/v1/series/NVDA/CAPEX").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("YEAR and QUARTER"));
        given().queryParam("kind", "QUARTER").queryParam("from", "2022-Q1").queryParam("to", "2024-Q4")
                .get("/api/v1/series/NVDA/CAPEX").then().statusCode(200)
                .body("basis", equalTo("FISCAL"))
                .body("points.period", contains("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q4",
                        "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"))
                .body("points.value", decimals("298000000", "183000000", "222000000", "273000000", "509000000",
                        "248000000", "289000000", "278000000", "254000000"))
                .body("points.find { it.period == '2024-Q2' }.derived", equalTo(true))
                .body("points.find { it.period == '2024-Q2' }.start", equalTo("2023-05-01"))
                .body("points.find { it.period == '2024-Q2' }.end", equalTo("2023-07-30"))
                .body("points.find { it.period == '2024-Q2' }.source",
                        containsString("six months minus first quarter"));
        given().queryParam("kind", "QUARTER").queryParam("basis", "CALENDAR").queryParam("from", "2024-Q1")
                .queryParam("to", "2024-Q1").get("/api/v1/series/NVDA/CAPEX").then().statusCode(200)
                .body("basis", equalTo("CALENDAR"))
                .body("points.value", decimals("369000000"))
                .body("points[0].fiscalPeriods", contains("2025-Q1"));
        given().queryParam("kind", "QUARTER").queryParam("basis", "CALENDAR").queryParam("transform", "YOY_PCT")
                .queryParam("from", "2024-Q1").queryParam("to", "2024-Q1")
                .get("/api/v1/series/NVDA/CAPEX").then().statusCode(200)
                .body("points.value", decimals("48.790323"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"CAPEX, QUARTER", "CAPEX, YEAR", "REVENUE, QUARTER", "REVENUE, YEAR"})
    void aQueryForTheLastPointsOfNvidiasFilingsAnswersTheTailOfTheWholeSeries(String metric, String kind) {
        importFile("NVDA", nvidia).statusCode(200);
        LastPoints.areTheTailOfTheWholeSeries("NVDA", metric, kind, 10);
    }

    @Test
    void anExpressionOverNvidiasFilingsComputesCapexAsAPercentOfRevenueAndNamesEachFiling() {
        importFile("NVDA", nvidia).statusCode(200);

        // fiscal 2024 (to 28 January 2024), 10-K 0001045810-24-000029: capex 1,069 M, revenue 60,922 M;
        // 1069 / 60922 = 0.01754702734...: 0.0175470273 to ten places, times 100
        given().queryParam("expression", "{NVDA:CAPEX} / {NVDA:REVENUE} * 100").queryParam("kind", "YEAR")
                .queryParam("unit", "PERCENT").queryParam("from", "2024").queryParam("to", "2024")
                .get("/api/v1/series").then().statusCode(200)
                .body("basis", equalTo("FISCAL"))
                .body("points.period", contains("2024"))
                .body("points[0].value", decimal("1.7547027300"))
                .body("points[0].operands.value", decimals("1069000000", "60922000000"))
                .body("points[0].operands[0].source", containsString("0001045810-24-000029"))
                .body("points[0].operands[1].source", containsString("0001045810-24-000029"));
    }

    /** A file that is not a companyfacts file, and what the answer's detail says about it (null: not checked). */
    record BadFile(String name, byte[] content, String detail) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadFile> badFiles() throws IOException {
        return Stream.of(
                new BadFile("not JSON", "not json".getBytes(StandardCharsets.UTF_8), null),
                new BadFile("a JSON array", "[1, 2]".getBytes(StandardCharsets.UTF_8), "companyfacts"),
                new BadFile("an object without facts", "{\"cik\": 1}".getBytes(StandardCharsets.UTF_8), "facts"),
                new BadFile("half a file", Arrays.copyOf(nvidiaFile(), nvidiaFile().length / 2), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void rejectsWhatIsNotACompanyfactsFileAndStoresNothing(BadFile file) {
        // the metric the file would feed, so that "nothing stored" reads as an empty series
        given().contentType(ContentType.JSON).body(aMetric("CAPEX").name("Capex").unit("USD").additive(true).build())
                .post("/api/v1/metrics").then().statusCode(oneOf(201, 409));
        String fresh = Fixtures.company("SEC");
        ValidatableResponse answer = importFile(fresh, file.content()).statusCode(400)
                .contentType("application/problem+json");
        if (file.detail() != null) {
            answer.body("detail", containsString(file.detail()));
        }
        given().get("/api/v1/series/{s}/CAPEX", fresh).then().statusCode(200).body("points", empty());
    }

    @Test
    void rejectsAFileForWhatIsNotACompany() {
        String fresh = Fixtures.company("SEC");
        importFile("NOSUCH" + fresh, nvidia).statusCode(400).body("errors[0].field", equalTo("subject"));
        importFile(null, nvidia).statusCode(400).body("errors[0].field", equalTo("subject"));
    }

    @Test
    void runsALongImportAsAJobThatReportsItsProgress() {
        String location = given().contentType(ContentType.JSON).queryParam("subject", "NVDA").queryParam("async", true)
                .body(nvidia).post("/api/v1/imports/sec-companyfacts")
                .then().statusCode(202).body("status", oneOf("QUEUED", "RUNNING", "SUCCEEDED"))
                .extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get(location).then().statusCode(200).extract().<String>path("status"),
                oneOf("SUCCEEDED", "FAILED"));
        given().get(location).then().body("status", equalTo("SUCCEEDED"))
                .body("report.metrics.metric", contains("CAPEX", "REVENUE"))
                .body("finishedAt", notNullValue());
        given().get("/api/v1/imports/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aJobWhoseReplicaDiedIsTakenOverByAnotherAndAnsweredByAny() throws Exception {
        UUID id = UUID.randomUUID();
        // what a replica killed in the middle of a job leaves: RUNNING, its lease passed, the file still there
        try (Connection db = database.getConnection(); PreparedStatement abandoned = db.prepareStatement("""
                INSERT INTO import_job (id, subject, status, progress, submitted_at, body, attempts, lease_until)
                VALUES (?, 'NVDA', 'RUNNING', 'CAPEX: 12 values', now() - interval '5 minutes', ?, 1,
                        now() - interval '1 minute')""")) {
            abandoned.setObject(1, id);
            abandoned.setBytes(2, nvidia);
            abandoned.executeUpdate();
        }
        given().get("/api/v1/imports/{id}", id).then().statusCode(200).body("status", equalTo("RUNNING"))
                .body("progress", equalTo("CAPEX: 12 values"));

        assertEquals(1, jobs.runDue(), "this replica takes it over");
        given().get("/api/v1/imports/{id}", id).then().statusCode(200).body("status", equalTo("SUCCEEDED"))
                .body("report.metrics.metric", contains("CAPEX", "REVENUE")).body("finishedAt", notNullValue());
        assertEquals(0, jobs.runDue(), "nothing left");
        try (Connection db = database.getConnection(); ResultSet left = db.createStatement().executeQuery(
                "SELECT count(*) FROM import_job WHERE body IS NOT NULL AND id = '" + id + "'")) {
            left.next();
            assertEquals(0, left.getLong(1), "the file goes when the job ends");
        }
    }

    @Test
    void aJobInterruptedAgainAndAgainFails() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection db = database.getConnection(); PreparedStatement abandoned = db.prepareStatement("""
                INSERT INTO import_job (id, subject, status, progress, submitted_at, body, attempts, lease_until)
                VALUES (?, 'NVDA', 'RUNNING', 'queued', now(), ?, 3, now() - interval '1 minute')""")) {
            abandoned.setObject(1, id);
            abandoned.setBytes(2, nvidia);
            abandoned.executeUpdate();
        }
        jobs.runDue();
        given().get("/api/v1/imports/{id}", id).then().statusCode(200).body("status", equalTo("FAILED"))
                .body("error", containsString("interrupted 3 times"));
    }

    @Test
    void fetchesFromTheSecApiWithTheRequiredUserAgent() {
        var sec = StubServiceResource.server("sec");
        sec.resetAll();
        sec.stubFor(get(urlEqualTo("/api/xbrl/companyfacts/CIK0001045810.json"))
                .withHeader("User-Agent", matching(".+@.+"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(nvidia)));
        given().queryParam("subject", "NVDA").post("/api/v1/imports/sec-companyfacts/fetch").then().statusCode(200)
                .body("metrics.metric", contains("CAPEX", "REVENUE"));
        sec.verify(getRequestedFor(urlEqualTo("/api/xbrl/companyfacts/CIK0001045810.json")));

        String noCik = Fixtures.company("NOCIK");
        given().queryParam("subject", noCik).post("/api/v1/imports/sec-companyfacts/fetch").then().statusCode(400)
                .body("errors[0].field", equalTo("subject"));
        sec.resetAll();
        sec.stubFor(get(urlEqualTo("/api/xbrl/companyfacts/CIK0001045810.json"))
                .willReturn(aResponse().withStatus(500)));
        given().queryParam("subject", "NVDA").post("/api/v1/imports/sec-companyfacts/fetch").then().statusCode(503)
                .contentType("application/problem+json");
    }
}
