package io.thesiswatch.thesis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The enabled triggers cut into ranges of ids, and each range read through the feed: all of them, each once. */
@QuarkusTest
class TriggerRangesTest extends ThesisTestSupport {

    private static final int SIZE = 7;

    @Test
    void theRangesCoverEveryEnabledTriggerOnceAndHoldAtMostSizeEach() {
        TriggerRows.insertWithoutPeriods(createThesis("Ranges", "NVDA"), "RNG", 30);
        List<String> feed = ids(given().queryParam("enabled", true).queryParam("includeSnoozed", true));

        List<String> boundaries = given().queryParam("includeSnoozed", true).queryParam("size", SIZE)
                .get("/api/v1/triggers/ranges").then().statusCode(200)
                .body("size", equalTo(SIZE)).extract().path("boundaries");
        assertEquals((feed.size() + SIZE - 1) / SIZE - 1, boundaries.size(), "one boundary between two ranges");

        List<String> read = new ArrayList<>();
        String after = null;
        for (int range = 0; range <= boundaries.size(); range++) {
            String through = range < boundaries.size() ? boundaries.get(range) : null;
            RequestSpecification request = given().queryParam("enabled", true).queryParam("includeSnoozed", true);
            if (after != null) {
                request.queryParam("after", after);
            }
            if (through != null) {
                request.queryParam("through", through);
            }
            List<String> inRange = ids(request);
            assertTrue(inRange.size() == SIZE || range == boundaries.size() && inRange.size() <= SIZE,
                    "range " + range + " holds " + inRange.size());
            if (through != null) {
                assertEquals(through, inRange.get(inRange.size() - 1), "a boundary ends its range");
            }
            read.addAll(inRange);
            after = through;
        }
        assertEquals(feed, read, "the ranges, one after the other, are the feed");
        assertEquals(read.size(), new HashSet<>(read).size(), "no trigger in two ranges");
    }

    @Test
    void allTriggersInOneRangeHaveNoBoundary() {
        given().queryParam("size", 100_000).get("/api/v1/triggers/ranges").then().statusCode(200)
                .body("boundaries", hasSize(0));
    }

    @Test
    void aRangeSizeOutsideItsLimitsIsRefusedNamingSize() {
        for (int size : new int[] {0, 100_001}) {
            given().queryParam("size", size).get("/api/v1/triggers/ranges").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("size"))
                    .body("errors[0].message", equalTo("must be between 1 and 100000"));
        }
    }

    @Test
    void anAfterThatIsNotAnIdIsRefused() {
        int status = given().queryParam("after", "not-an-id").get("/api/v1/triggers").then()
                .contentType("application/problem+json").extract().statusCode();
        assertTrue(status == 400 || status == 404, "a 4xx problem, not " + status);
    }

    private static List<String> ids(RequestSpecification request) {
        List<String> ids = request.queryParam("size", 1000).get("/api/v1/triggers").then().statusCode(200)
                .extract().path("items.id");
        Set<String> unique = new HashSet<>(ids);
        assertEquals(ids.size(), unique.size());
        return ids;
    }
}
