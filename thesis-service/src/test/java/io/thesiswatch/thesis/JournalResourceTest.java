package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JournalResourceTest extends ThesisTestSupport {

    @Test
    void writesNotesAndReadsThemNewestFirst() {
        String id = createThesis("Journalled", "NVDA");
        for (String note : new String[] {"first", "second"}) {
            given().contentType(ContentType.JSON).body(Map.of("note", note, "author", "ana"))
                    .post("/api/v1/theses/{id}/journal", id)
                    .then().statusCode(201).body("kind", equalTo("NOTE")).body("system", equalTo(false));
        }
        given().get("/api/v1/theses/{id}/journal", id).then().statusCode(200)
                .body("items.note", contains("second", "first"))
                .body("total", equalTo(2));
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
