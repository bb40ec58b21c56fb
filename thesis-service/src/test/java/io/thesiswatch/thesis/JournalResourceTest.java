package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JournalResourceTest extends ThesisTestSupport {

    @Test
    void writesNotesAndReadsThemNewestFirst() {
        String id = createThesis("Journalled", "NVDA");
        for (String note : new String[] {"first", "second"}) {
            ExtractableResponse<Response> written = given().contentType(ContentType.JSON)
                    .body(Map.of("note", note, "author", "ana"))
                    .post("/api/v1/theses/{id}/journal", id)
                    .then().statusCode(201).body("kind", equalTo("NOTE")).body("system", equalTo(false)).extract();
            long entry = written.<Number>path("id").longValue();
            assertThat(written.header("Location"), endsWith("/api/v1/theses/" + id + "/journal/" + entry));
            given().get(written.header("Location")).then().statusCode(200).body("note", equalTo(note));
        }
        given().get("/api/v1/theses/{id}/journal", id).then().statusCode(200)
                .body("items.note", contains("second", "first"))
                .body("total", equalTo(2));
    }

    @Test
    void readsAnEntryOnlyThroughItsOwnThesis() {
        String thesis = createThesis("Journalled", "NVDA");
        String other = createThesis("Other journal", "NVDA");
        int entry = given().contentType(ContentType.JSON).body(Map.of("note", "mine"))
                .post("/api/v1/theses/{id}/journal", thesis).then().statusCode(201).extract().path("id");
        given().get("/api/v1/theses/{id}/journal/{entry}", thesis, entry).then().statusCode(200)
                .body("thesisId", equalTo(thesis));
        given().get("/api/v1/theses/{id}/journal/{entry}", other, entry).then().statusCode(404);
        given().get("/api/v1/theses/{id}/journal/{entry}", thesis, "first").then().statusCode(400)
                .body("errors[0].field", equalTo("entryId"));
    }

    @Test
    void rejectsABlankNoteAndUnknownTheses() {
        String id = createThesis("Journalled", "NVDA");
        given().contentType(ContentType.JSON).body(Map.of("note", " "))
                .post("/api/v1/theses/{id}/journal", id)
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        given().contentType(ContentType.JSON).body(Map.of("note", "x"))
                .post("/api/v1/theses/{id}/journal", UUID.randomUUID())
                .then().statusCode(404);
        given().get("/api/v1/theses/{id}/journal", UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/theses/{id}/journal", id).then().body("total", equalTo(0));
    }
}
