package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.given;

import java.util.ArrayList;
import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A batch of observation rows, series by series:
 * {@code observations().of(nvda, capex).at("2023", "1833000000").at("2024", "1069000000").record()}.
 * The JSON is written by hand so that decimals travel with exactly the digits given.
 */
public final class ObservationBatch {

    private final List<String> rows = new ArrayList<>();
    private String subject;
    private String metric;

    private ObservationBatch() {
    }

    public static ObservationBatch observations() {
        return new ObservationBatch();
    }

    /** The rows that follow are of this subject and metric. */
    public ObservationBatch of(String subject, String metric) {
        this.subject = subject;
        this.metric = metric;
        return this;
    }

    /** A row whose value is this decimal number, sent with exactly these digits. */
    public ObservationBatch at(String period, String decimal) {
        return row(period, decimal);
    }

    public ObservationBatch at(String period, long value) {
        return row(period, Long.toString(value));
    }

    /** A row whose value is sent as a JSON string rather than a number. */
    public ObservationBatch atText(String period, String text) {
        return row(period, "\"" + text + "\"");
    }

    public String json() {
        return "[" + String.join(",", rows) + "]";
    }

    public ValidatableResponse post() {
        return given().contentType(ContentType.JSON).body(json()).post("/api/v1/observations").then();
    }

    /** Posts the batch, which must be accepted. */
    public void record() {
        post().statusCode(200);
    }

    private ObservationBatch row(String period, String jsonValue) {
        rows.add(String.format(
                "{\"subject\":\"%s\",\"metric\":\"%s\",\"period\":\"%s\",\"value\":%s,\"source\":\"test\"}",
                subject, metric, period, jsonValue));
        return this;
    }
}
