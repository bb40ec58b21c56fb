package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.SeriesQueryBody.aSeriesQuery;
import static io.thesiswatch.company.SeriesQueryBody.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A batch query for the last points of a series (what a check asks) answers the tail of the whole series read
 * alone, whatever the transform and however many points are asked for.
 */
final class LastPoints {

    private record Asked(String transform, Integer window) {
    }

    private static final List<Asked> TRANSFORMS = List.of(new Asked("VALUE", null), new Asked("YOY_PCT", null),
            new Asked("POP_PCT", null), new Asked("CHANGE_PCT", 2));

    private LastPoints() {
    }

    /** For 1 to {@code most} last points of each transform of the series of {@code kind}. */
    static void areTheTailOfTheWholeSeries(String subject, String metric, String kind, int most) {
        for (Asked asked : TRANSFORMS) {
            RequestSpecification read = given().queryParam("kind", kind).queryParam("transform", asked.transform());
            if (asked.window() != null) {
                read = read.queryParam("window", asked.window());
            }
            List<Object> whole = read.get("/api/v1/series/{s}/{m}", subject, metric).then().statusCode(200)
                    .extract().jsonPath().getList("points");
            assertFalse(whole.isEmpty(), subject + " " + metric + " " + asked + " has no points to compare");
            for (int last = 1; last <= most; last++) {
                List<Object> batch = given().contentType(ContentType.JSON)
                        .body(aSeriesQuery().last(last).ask(series(subject, metric).transform(asked.transform())
                                .window(asked.window()).kind(kind)).build())
                        .post("/api/v1/series/query").then().statusCode(200)
                        .extract().jsonPath().getList("results[0].points");
                assertEquals(whole.subList(Math.max(0, whole.size() - last), whole.size()), batch,
                        subject + " " + metric + " " + kind + " " + asked + ", last " + last);
            }
        }
    }
}
