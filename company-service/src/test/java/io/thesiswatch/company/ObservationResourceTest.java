package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.decimals;
import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.ObservationBatch.observations;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class ObservationResourceTest {

    @Test
    void insertsThenReportsUnchangedThenUpdatedKeepingHistory() {
        String nvda = Fixtures.company("NV");
        String capex = Fixtures.additiveMetric("CAPEX", "USD");
        ObservationBatch batch = observations().of(nvda, capex).at("2023", "1833000000").at("2024", "1069000000");
        batch.post().statusCode(200)
                .body("inserted", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        batch.post().statusCode(200)
                .body("inserted", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        observations().of(nvda, capex).at("2024", "1100000000").post()
                .statusCode(200).body("updated", equalTo(1));

        given().get("/api/v1/observations/{s}/{m}/2024/history", nvda, capex)
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("value", decimals("1100000000", "1069000000"))
                .body("current", contains(true, false))
                .body("[1].supersededAt", notNullValue());
    }

    @Test
    void keepsTheExactDigitsOfDecimals() {
        String subject = Fixtures.company("EX");
        String metric = Fixtures.nonAdditiveMetric("PRICE", "USD_PER_MTOK");
        observations().of(subject, metric).at("2024-07-15", "0.1234567890123456789").record();
        String body = given().get("/api/v1/series/{s}/{m}", subject, metric).then().statusCode(200)
                .extract().asString();
        assertTrue(body.contains("\"value\":0.1234567890123456789"), body);
    }

    @Test
    void rejectsTheWholeBatchListingEveryBadRowAndStoresNothing() {
        String subject = Fixtures.company("BAD");
        String metric = Fixtures.additiveMetric("CAPEX", "USD");
        observations()
                .of(subject, metric).at("2022", 1)
                .of("NOSUCH" + subject, metric).at("2023", 1)
                .of(subject, "NOSUCH_METRIC").at("2023", 1)
                .of(subject, metric).at("2023-Q5", 1).atText("2024", "abc").at("2022", 2)
                .post().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("errors.row", contains(2, 3, 4, 5, 6))
                .body("errors.field", contains("subject", "metric", "period", "value", "period"))
                .body("errors[4].message", containsString("row 1"));
        given().get("/api/v1/series/{s}/{m}", subject, metric).then().statusCode(200).body("points", empty());
    }

    @Test
    void rejectsEmptyOversizedAndNonArrayBodies() {
        given().contentType(ContentType.JSON).body("[]").post("/api/v1/observations")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.JSON).body("{\"subject\":\"A\"}").post("/api/v1/observations")
                .then().statusCode(400).contentType("application/problem+json");
        StringBuilder big = new StringBuilder("subject,metric,period,value\n");
        for (int i = 0; i < 10_001; i++) {
            big.append("A,B,2024,1\n");
        }
        given().contentType("text/csv").body(big.toString()).post("/api/v1/observations")
                .then().statusCode(400).body("detail", containsString("10000"));
    }

    @Test
    void refusesABodyOverTheSizeLimitBeforeReadingIt() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String request = "POST /api/v1/observations HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Authorization: Bearer " + Tokens.admin() + "\r\n"
                    + "Content-Length: " + (30L * 1024 * 1024) + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
        }
    }

    @Test
    void acceptsCsvWithQuotedSources() {
        String subject = Fixtures.company("CSV");
        String metric = Fixtures.additiveMetric("USERS", "COUNT");
        String csv = "subject,metric,period,value,source\n"
                + subject + "," + metric + ",2023-Q4,100,\"article, page 2\"\n"
                + subject + "," + metric + ",2024-Q4,\"150\",plain\n";
        given().contentType("text/csv").body(csv).post("/api/v1/observations")
                .then().statusCode(200).body("inserted", equalTo(2));
        given().get("/api/v1/observations/{s}/{m}/2023-Q4/history", subject, metric)
                .then().statusCode(200).body("[0].source", equalTo("article, page 2"));
    }

    @Test
    void rejectsACsvWithOneBadLineNamingThatLineAndStoresNothing() {
        String subject = Fixtures.company("CSV");
        String metric = Fixtures.additiveMetric("USERS", "COUNT");
        String csv = "subject,metric,period,value,source\n"
                + subject + "," + metric + ",2022,100,ok\n"
                + subject + "," + metric + ",2023,NaN,bad\n"
                + subject + "," + metric + ",2024,120,ok\n";
        given().contentType("text/csv").body(csv).post("/api/v1/observations")
                .then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("value"));
        given().get("/api/v1/series/{s}/{m}", subject, metric).then().body("points", empty());
    }

    @Test
    void rejectsACsvWithTheWrongHeaderOrFieldCount() {
        given().contentType("text/csv").body("ticker,metric,period,value\nA,B,2024,1\n").post("/api/v1/observations")
                .then().statusCode(400).body("errors[0].field", equalTo("header"));
        given().contentType("text/csv").body("subject,metric,period,value,source\nA,B,2024\n")
                .post("/api/v1/observations").then().statusCode(400).body("errors[0].line", equalTo(2));
    }

    @Test
    void answersHistoryOfUnknownThings() {
        String subject = Fixtures.company("H");
        String metric = Fixtures.additiveMetric("CAPEX", "USD");
        given().get("/api/v1/observations/{s}/{m}/2024/history", subject, metric).then().statusCode(404);
        given().get("/api/v1/observations/{s}/{m}/2024/history", "NOSUCH" + subject, metric).then().statusCode(404);
        given().get("/api/v1/observations/{s}/{m}/2024/history", subject, "NOSUCH_M").then().statusCode(404);
        given().get("/api/v1/observations/{s}/{m}/24/history", subject, metric).then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
    }
}
