package io.thesiswatch.company;

import static io.thesiswatch.company.CompanyBody.aCompany;
import static io.thesiswatch.company.Fixtures.decimal;
import static io.thesiswatch.company.Fixtures.decimals;
import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.ObservationBatch.observations;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kinds, bases, fiscal year ends and calendar periods, through the public API (ARCHITECTURE.md, "Periods"). */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class PeriodsTest {

    /** A company whose fiscal year ends 30 June, with capex for fiscal 2023 Q3 to fiscal 2024 Q2. */
    private static String juneCompany(String capex, String... quarters) {
        String company = Fixtures.companyWithYearEnd("JUN", "06-30");
        ObservationBatch batch = observations().of(company, capex);
        for (int i = 0; i < quarters.length; i++) {
            batch.at(quarters[i], 100L * (i + 1));
        }
        batch.record();
        return company;
    }

    @Test
    void aJuneCompanysCalendarYearIsTheSumOfTheFourCalendarQuartersFromTwoFiscalYears() {
        String capex = Fixtures.additiveMetric("CAPEX", "USD");
        String company = juneCompany(capex, "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2");
        given().queryParam("kind", "YEAR").queryParam("basis", "CALENDAR")
                .get("/api/v1/series/{s}/{m}", company, capex).then().statusCode(200)
                .body("kind", equalTo("YEAR")).body("basis", equalTo("CALENDAR"))
                .body("points.period", contains("2023"))
                .body("points[0].value", decimal("1000"))
                .body("points[0].fiscalPeriods", contains("2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"))
                .body("points[0].start", equalTo("2023-01-01")).body("points[0].end", equalTo("2023-12-31"));
        given().queryParam("basis", "CALENDAR").get("/api/v1/series/{s}/{m}", company, capex).then()
                .body("kind", equalTo("QUARTER"))
                .body("points.period", contains("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"));
        given().get("/api/v1/series/{s}/{m}", company, capex).then()
                .body("basis", equalTo("FISCAL"))
                .body("points.period", contains("2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"))
                .body("points[2].start", equalTo("2023-07-01")).body("points[2].end", equalTo("2023-09-30"));
    }

    @Test
    void aCalendarYearWithAQuarterMissingIsAbsentAndSaysWhy() {
        String capex = Fixtures.additiveMetric("CAPEX", "USD");
        String company = juneCompany(capex, "2023-Q3", "2024-Q1", "2024-Q2");
        given().queryParam("kind", "YEAR").queryParam("basis", "CALENDAR")
                .get("/api/v1/series/{s}/{m}", company, capex).then().statusCode(200)
                .body("points", empty())
                .body("gaps[0].period", equalTo("2023")).body("gaps[0].reason", equalTo("INCOMPLETE"))
                .body("gaps[0].detail", containsString("lacks Q2"))
                .body("reason", containsString("no year points"));
    }

    @Test
    void aGroupOfCompaniesWithDifferentYearEndsAddsUpCalendarPeriods() {
        String capex = Fixtures.additiveMetric("CAPEX", "USD");
        String december = Fixtures.company("DEC");
        observations().of(december, capex).at("2024-Q1", 10).record();
        // June year end: fiscal 2024 Q3 is January to March 2024; fiscal 2024 Q1 is July to September 2023
        String june = Fixtures.companyWithYearEnd("JUN", "06-30");
        observations().of(june, capex).at("2024-Q1", 1000).at("2024-Q3", 7).record();
        String group = Fixtures.group("MIX", december, june);

        given().get("/api/v1/series/{g}/{m}", group, capex).then().statusCode(200)
                .body("basis", equalTo("CALENDAR")).body("derivedFromMembers", equalTo(true))
                .body("points.period", contains("2024-Q1"))
                .body("points.value", decimals("17"));
        // adding up the fiscal labels would have said 1010 for "2024-Q1": two different three-month windows
        BigDecimal fiscalLabelSum = new BigDecimal(10 + 1000);
        given().get("/api/v1/series/{g}/{m}", group, capex).then()
                .body("points[0].value", not(decimal(fiscalLabelSum.toPlainString())));
        given().queryParam("basis", "FISCAL").get("/api/v1/series/{g}/{m}", group, capex).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("basis"))
                .body("errors[0].message", containsString("06-30"));
    }

    @Test
    void aSeriesWithSeveralKindsNeedsAKindAndAnAnnualTriggerNeverSeesAQuarter() {
        String capex = Fixtures.additiveMetric("CAPEX", "USD");
        String company = Fixtures.company("MIX");
        observations().of(company, capex).at("2023", 100).at("2024", 120).at("2024-Q4", 40).record();
        given().get("/api/v1/series/{s}/{m}", company, capex).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("YEAR and QUARTER"));
        given().queryParam("kind", "YEAR").get("/api/v1/series/{s}/{m}", company, capex).then().statusCode(200)
                .body("points.period", contains("2023", "2024"));
        given().contentType(ContentType.JSON)
                .body(SeriesQueryBody.aSeriesQuery().ask(SeriesQueryBody.series(company, capex)).build())
                .post("/api/v1/series/query").then().statusCode(200)
                .body("results[0].error", containsString("YEAR and QUARTER"));
    }

    @ParameterizedTest(name = "{0}={1} -> 400 on {2}")
    @CsvSource({ "kind, WEEK, kind", "basis, SIDEWAYS, basis", "from, 2024, from", "to, 2024-07, to" })
    void badKindsBasesAndLabelsOfTheWrongKindAreRefused(String param, String value, String field) {
        String capex = Fixtures.additiveMetric("CAPEX", "USD");
        String company = Fixtures.company("BAD");
        observations().of(company, capex).at("2024-Q1", 1).at("2024-Q2", 2).record();
        given().queryParam(param, value).get("/api/v1/series/{s}/{m}", company, capex).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @ParameterizedTest(name = "fiscal year end {0} is refused")
    @CsvSource({ "02-30", "02-29", "13-01", "1231" })
    void aFiscalYearEndThatIsNoDayOfTheYearIsRefusedAndNothingStored(String yearEnd) {
        String code = Fixtures.code("FYE");
        given().contentType(ContentType.JSON).body(aCompany(code).name("Bad year end").layer("PLATFORM")
                .fiscalYearEnd(yearEnd).build())
                .post("/api/v1/companies").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("fiscalYearEnd"));
        given().get("/api/v1/companies/{c}", code).then().statusCode(404);
    }

    @Test
    void aCompanyKeepsItsYearEndAndAMetricSaysHowItAddsUpOverTime() {
        String company = Fixtures.companyWithYearEnd("FYE", "01-31");
        given().get("/api/v1/companies/{c}", company).then().body("fiscalYearEnd", equalTo("01-31"));
        String plain = Fixtures.company("FYE");
        given().get("/api/v1/companies/{c}", plain).then().body("fiscalYearEnd", equalTo("12-31"));
        given().get("/api/v1/metrics/{m}", Fixtures.additiveMetric("CAPEX", "USD")).then()
                .body("temporal", equalTo("FLOW"));
        given().get("/api/v1/metrics/{m}", Fixtures.nonAdditiveMetric("SHARE", "PERCENT")).then()
                .body("temporal", equalTo("STOCK"));
    }

    @Test
    void theLookupTellsEachSeriesKindsAndBases() {
        String capex = Fixtures.additiveMetric("CAPEX", "USD");
        String december = Fixtures.company("DEC");
        observations().of(december, capex).at("2024", 1).at("2024-Q1", 1).record();
        String june = Fixtures.companyWithYearEnd("JUN", "06-30");
        String group = Fixtures.group("MIX", december, june);
        given().contentType(ContentType.JSON).body("{\"series\": [{\"subject\": \"" + december + "\", \"metric\": \""
                + capex + "\"}, {\"subject\": \"" + group + "\", \"metric\": \"" + capex + "\"}, "
                + "{\"subject\": \"NOSUCH\", \"metric\": \"" + capex + "\"}]}")
                .post("/api/v1/catalog/lookup").then().statusCode(200)
                .body("series.subject", contains(december, group))
                .body("series[0].kinds", contains("YEAR", "QUARTER"))
                .body("series[0].bases", contains("FISCAL", "CALENDAR"))
                .body("series[0].defaultBasis", equalTo("FISCAL"))
                .body("series[1].kinds", contains("YEAR", "QUARTER"))
                .body("series[1].bases", contains("CALENDAR"))
                .body("series[1].defaultBasis", equalTo("CALENDAR"));
    }
}
