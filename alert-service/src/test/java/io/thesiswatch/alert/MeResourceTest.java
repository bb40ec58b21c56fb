package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** GET/PATCH/DELETE /api/v1/me and its subscriptions and alerts, as a mobile app calls them for its user. */
@QuarkusTest
class MeResourceTest extends AlertTestSupport {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    DataSource database;

    private static RequestSpecification as(String address) {
        return given().auth().oauth2(Tokens.subscriber(address));
    }

    private static ValidatableResponse patchMe(String address, String patch) {
        return as(address).contentType(MERGE_PATCH).body(patch).patch("/api/v1/me").then();
    }

    @Test
    void aSubscriberReadsAndChangesTheirSettingsByMergePatch() {
        String address = email("me");
        String id = confirmedSubscriber(address, Map.of("name", "Mei-Ling", "locale", "zh-TW"));
        as(address).get("/api/v1/me").then().statusCode(200).body("id", equalTo(id))
                .body("email", equalTo(address)).body("name", equalTo("Mei-Ling")).body("timeZone", nullValue())
                .body("quietHours", nullValue()).body("digestHour", equalTo(7)).body("dailyCap", nullValue())
                .body("criticalInQuietHours", equalTo(false));

        patchMe(address, """
                {"timeZone": "Asia/Taipei", "quietHours": {"start": "22:00", "end": "07:00"},
                 "criticalInQuietHours": true, "digestHour": 8, "dailyCap": 5, "minSeverity": "INFO",
                 "delivery": "DAILY", "notifyResolved": false, "locale": "en"}""")
                .statusCode(200).body("timeZone", equalTo("Asia/Taipei"))
                .body("quietHours.start", equalTo("22:00")).body("quietHours.end", equalTo("07:00"))
                .body("criticalInQuietHours", equalTo(true)).body("digestHour", equalTo(8))
                .body("dailyCap", equalTo(5)).body("minSeverity", equalTo("INFO")).body("delivery", equalTo("DAILY"))
                .body("notifyResolved", equalTo(false)).body("locale", equalTo("en"))
                .body("name", equalTo("Mei-Ling"));

        patchMe(address, "{\"quietHours\": {\"end\": \"06:30\"}, \"name\": null, \"dailyCap\": null}")
                .statusCode(200).body("quietHours.start", equalTo("22:00")).body("quietHours.end", equalTo("06:30"))
                .body("name", nullValue()).body("dailyCap", nullValue()).body("timeZone", equalTo("Asia/Taipei"));
        patchMe(address, "{\"quietHours\": null, \"timeZone\": null}").statusCode(200)
                .body("quietHours", nullValue()).body("timeZone", nullValue());
        given().get("/api/v1/subscribers/{id}", id).then().statusCode(200).body("quietHours", nullValue())
                .body("digestHour", equalTo(8));
    }

    @Test
    void aBadPatchIsA400NamingEachFieldAndChangesNothing() {
        String address = email("bad-patch");
        confirmedSubscriber(address, Map.of());
        patchMe(address, "{\"timeZone\": \"Asia/Taipei\"}").statusCode(200);

        patchMe(address, "{\"color\": \"blue\", \"dailyCap\": 3}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("color"))
                .body("errors[0].message", containsString("is not a setting"));
        patchMe(address, "{\"timeZone\": \"Mars/Olympus\", \"dailyCap\": 3}").statusCode(400)
                .body("errors[0].field", equalTo("timeZone"))
                .body("errors[0].message", containsString("is not an IANA time zone"));
        patchMe(address, "{\"timeZone\": \"+08:00\"}").statusCode(400).body("errors[0].field", equalTo("timeZone"));
        patchMe(address, "{\"quietHours\": {\"start\": \"10pm\", \"end\": \"7\"}}").statusCode(400)
                .body("errors.field", hasItems("quietHours.start", "quietHours.end"));
        patchMe(address, "{\"quietHours\": {\"start\": \"22:00\"}}").statusCode(400)
                .body("errors[0].field", equalTo("quietHours")).body("errors[0].message", containsString("both"));
        patchMe(address, "{\"quietHours\": {\"start\": \"22:00\", \"end\": \"22:00\"}}").statusCode(400)
                .body("errors[0].field", equalTo("quietHours"));
        patchMe(address, "{\"delivery\": null}").statusCode(400).body("errors[0].field", equalTo("delivery"))
                .body("errors[0].message", containsString("cannot be cleared"));
        patchMe(address, "{\"digestHour\": 24}").statusCode(400).body("errors[0].field", equalTo("digestHour"));
        patchMe(address, "{\"dailyCap\": 2.5}").statusCode(400).body("errors[0].field", equalTo("dailyCap"));
        patchMe(address, "{\"minSeverity\": \"LOUD\"}").statusCode(400).body("errors[0].field", equalTo("minSeverity"));
        patchMe(address, "{\"locale\": \"fr\"}").statusCode(400).body("errors[0].field", equalTo("locale"));
        patchMe(address, "{\"name\": \"Mei\\u0000\"}").statusCode(400).body("errors[0].field", equalTo("name"));
        patchMe(address, "[1, 2]").statusCode(400).body("errors[0].field", equalTo("body"));
        patchMe(address, "{not json").statusCode(400).body("errors[0].field", equalTo("body"));
        as(address).contentType("application/json").body("{\"dailyCap\": 3}").patch("/api/v1/me").then()
                .statusCode(415);

        as(address).get("/api/v1/me").then().statusCode(200).body("timeZone", equalTo("Asia/Taipei"))
                .body("dailyCap", nullValue()).body("quietHours", nullValue()).body("delivery", equalTo("IMMEDIATE"))
                .body("digestHour", equalTo(7));
    }

    @Test
    void whoHasNotSignedUpHasNoMeAndOnlySubscribersCallIt() {
        as(email("stranger")).get("/api/v1/me").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("sign up first"));
        given().get("/api/v1/me").then().statusCode(403);
    }

    @Test
    void subscriptionsCarryTheirOwnSettingsAndAnotherSubscribersIsA404() {
        String address = email("subs");
        String other = email("other-subs");
        String id = confirmedSubscriber(address, Map.of());
        String otherId = confirmedSubscriber(other, Map.of());
        follow(id, Map.of("company", "NVDA"));
        follow(otherId, Map.of("company", "NVDA"));
        String mine = as(address).get("/api/v1/me/subscriptions").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].company", equalTo("NVDA")).extract().path("[0].id");
        String theirs = as(other).get("/api/v1/me/subscriptions").then().extract().path("[0].id");

        as(address).contentType(MERGE_PATCH).body("{\"minSeverity\": \"CRITICAL\", \"mutedUntil\": "
                + "\"2030-01-01T08:00:00+08:00\"}").patch("/api/v1/me/subscriptions/{id}", mine).then()
                .statusCode(200).body("minSeverity", equalTo("CRITICAL"))
                .body("mutedUntil", equalTo("2030-01-01T00:00:00Z"));
        as(address).contentType(MERGE_PATCH).body("{\"mutedUntil\": \"tomorrow\"}")
                .patch("/api/v1/me/subscriptions/{id}", mine).then().statusCode(400)
                .body("errors[0].field", equalTo("mutedUntil"));
        as(address).contentType(MERGE_PATCH).body("{\"company\": \"AVGO\"}")
                .patch("/api/v1/me/subscriptions/{id}", mine).then().statusCode(400)
                .body("errors[0].field", equalTo("company"));
        as(address).contentType(MERGE_PATCH).body("{\"mutedUntil\": null}")
                .patch("/api/v1/me/subscriptions/{id}", mine).then().statusCode(200)
                .body("mutedUntil", nullValue()).body("minSeverity", equalTo("CRITICAL"));
        as(address).contentType(MERGE_PATCH).body("{\"mutedUntil\": null}")
                .patch("/api/v1/me/subscriptions/{id}", theirs).then().statusCode(404);
        as(address).contentType(MERGE_PATCH).body("{}")
                .patch("/api/v1/me/subscriptions/{id}", UUID.randomUUID()).then().statusCode(404);
        as(other).get("/api/v1/me/subscriptions").then().body("[0].minSeverity", nullValue());
    }

    @Test
    void myAlertsComeNewestFirstAPageAtATime() {
        String address = email("history");
        String id = confirmedSubscriber(address, Map.of());
        UUID thesis = followsANewThesis(id);
        Neighbours.triggers(aTrigger().of(thesis).named("History one").on("BIG6", "CAPEX").below(10).warning(),
                aTrigger().of(thesis).named("History two").on("BIG6", "CAPEX").below(10).warning(),
                aTrigger().of(thesis).named("History three").on("BIG6", "CAPEX").below(10).warning());
        Neighbours.series(aSeries().point("2023", 12).point("2024", 5));
        check();
        settled(id, address, "History", 3);

        JsonPath first = as(address).queryParam("size", 2).get("/api/v1/me/alerts").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, first.getList("items").size());
        assertNotNull(first.getString("next"));
        JsonPath second = as(address).queryParam("size", 2).queryParam("cursor", first.getString("next"))
                .get("/api/v1/me/alerts").then().statusCode(200).extract().jsonPath();
        assertEquals(1, second.getList("items").size());
        assertNull(second.getString("next"));
        List<Long> ids = new ArrayList<>(first.getList("items.deliveryId", Long.class));
        ids.addAll(second.getList("items.deliveryId", Long.class));
        assertEquals(ids.stream().sorted((a, b) -> Long.compare(b, a)).toList(), ids, "newest first");
        assertEquals("SENT", first.getString("items[0].status"));
        assertEquals(thesis.toString(), first.getString("items[0].event.thesisId"));

        as(address).queryParam("cursor", "abc").get("/api/v1/me/alerts").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(address).queryParam("size", 0).get("/api/v1/me/alerts").then().statusCode(400);
        as(address).queryParam("status", "PENDING").get("/api/v1/me/alerts").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void erasureLeavesTheAddressAndNameNowhereInTheDatabase() throws SQLException {
        String address = email("forget-me");
        String name = "Erasable " + UUID.randomUUID();
        String id = confirmedSubscriber(address, Map.of("name", name));
        follow(id, Map.of("company", "NVDA"));
        as(address).contentType("application/json").body(Map.of("url", "http://127.0.0.1:9/hook"))
                .post("/api/v1/webhooks").then().statusCode(201);
        assertEquals(List.of("subscriber.email", "webhook.owner_email"), columnsHolding(address));

        as(address).delete("/api/v1/me").then().statusCode(204);

        assertEquals(List.of(), columnsHolding(address));
        assertEquals(List.of(), columnsHolding(name));
        as(address).get("/api/v1/me").then().statusCode(404);
        given().get("/api/v1/subscribers/{id}", id).then().statusCode(404);
        given().queryParam("subscriberId", id).get("/api/v1/deliveries").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("CONFIRMATION"));
        as(address).delete("/api/v1/me").then().statusCode(404);

        // the address may come back, as someone new
        String again = signUp(address, Map.of());
        org.junit.jupiter.api.Assertions.assertNotEquals(id, again);
    }

    @Test
    void anAdminErasesBySubscriberIdAndPendingEmailsAreDropped() throws SQLException {
        String address = email("admin-erases");
        String id = signUp(address, Map.of());
        given().delete("/api/v1/subscribers/{id}", id).then().statusCode(204);
        given().queryParam("subscriberId", id).queryParam("status", "PENDING").get("/api/v1/deliveries").then()
                .body("total", equalTo(0));
        assertEquals(List.of(), columnsHolding(address));
        given().delete("/api/v1/subscribers/{id}", id).then().statusCode(404);
        given().delete("/api/v1/subscribers/{id}", UUID.randomUUID()).then().statusCode(404);
        as(address).delete("/api/v1/subscribers/{id}", id).then().statusCode(403);
    }

    /** Every text column of every table that holds this text somewhere, as table.column. */
    private List<String> columnsHolding(String text) throws SQLException {
        List<String> holding = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = connection.createStatement().executeQuery("""
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = current_schema()
                      AND (data_type IN ('character varying', 'text', 'character') OR data_type = 'ARRAY')
                    ORDER BY table_name, column_name""")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            assertEquals(true, columns.size() > 20, "the search sees the schema: " + columns.size());
            for (String[] column : columns) {
                var query = connection.prepareStatement("SELECT count(*) FROM \"" + column[0] + "\" WHERE \""
                        + column[1] + "\"::text ILIKE ?");
                query.setString(1, "%" + text + "%");
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        holding.add(column[0] + "." + column[1]);
                    }
                }
            }
        }
        return holding;
    }
}
