package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.devinfra.ReceivedEmail.InlineImage;
import io.thesiswatch.testsupport.SmtpResource;
import org.junit.jupiter.api.Test;

/**
 * Every alert email and every digest entry shows the trigger's series with its threshold as an inline PNG the HTML
 * references by Content-ID, drawn once per event however many people get it; the plain text stays whole.
 */
@QuarkusTest
class EmailChartTest extends AlertTestSupport {

    @Inject
    EntityManager entityManager;

    private static String eventOf(FeedTrigger trigger) {
        return given().queryParam("triggerId", trigger.id()).get("/api/v1/alerts").then().statusCode(200)
                .extract().path("items[0].id");
    }

    private static InlineImage chartOf(ReceivedEmail email, String eventId) {
        String contentId = "chart-" + eventId + "@thesiswatch";
        assertTrue(email.html().contains("src=\"cid:" + contentId + "\""), email.html());
        List<InlineImage> images = email.inlineImages().stream().filter(i -> i.contentId().equals(contentId))
                .toList();
        assertEquals(1, images.size(), "one inline part with the Content-ID the HTML shows");
        InlineImage chart = images.get(0);
        assertEquals("image/png", chart.mimeType());
        assertEquals("multipart/related", chart.enclosingMultipart(), "kept with the HTML that shows it");
        return chart;
    }

    private static BufferedImage decoded(InlineImage chart) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.bytes()));
        assertNotNull(image, "a PNG ImageIO reads");
        return image;
    }

    private long chartsKeptFor(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM alert_event_chart WHERE event_id = ?1")
                .setParameter(1, UUID.fromString(eventId)).getSingleResult()).longValue());
    }

    @Test
    void anAlertEmailShowsTheSeriesChartDrawnOnceForAllItsReaders() throws IOException {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "AI capex cycle runs through 2027");
        String ana = email("chart-ana");
        String mei = email("chart-mei");
        String anaId = confirmedSubscriber(ana, Map.of());
        String meiId = confirmedSubscriber(mei, Map.of("locale", "zh-TW"));
        follow(anaId, Map.of("thesisId", thesis.toString()));
        follow(meiId, Map.of("thesisId", thesis.toString()));
        FeedTrigger trigger = aTrigger().of(thesis).named("Chart capex cycle").on("BIG6", "CAPEX").yoy().below(10)
                .critical();
        Neighbours.triggers(trigger);
        Neighbours.series(aSeries().inPercent().point("2021", 24.6).point("2022", 31.0).point("2023", 18.2)
                .point("2024", 5.04));
        assertEquals(1, check().getInt("fired"));
        String eventId = eventOf(trigger);

        ReceivedEmail toAna = settled(anaId, ana, "Chart capex cycle", 1).get(0);
        InlineImage chart = chartOf(toAna, eventId);
        BufferedImage image = decoded(chart);
        assertEquals(880, image.getWidth(), "440 pixels wide, drawn at twice that for sharp screens");
        assertEquals(500, image.getHeight());
        assertTrue(toAna.html().contains("alt=\"Chart of BIG6 CAPEX YoY over its last 4 periods, with the trigger"),
                toAna.html());
        assertTrue(toAna.html().contains("max-width: 560px"), "fits a phone's email column");
        assertFalse(toAna.text().contains("cid:"), "the plain text does not point at the image");
        assertTrue(toAna.text().contains("2024  5.0%"), "the plain text keeps the figures: " + toAna.text());

        ReceivedEmail toMei = settled(meiId, mei, "Chart capex cycle", 1).get(0);
        assertTrue(toMei.html().contains("alt=\"BIG6 CAPEX 年增率 最近 4 期的走勢圖"), toMei.html());
        assertArrayEquals(chart.bytes(), chartOf(toMei, eventId).bytes(), "the same chart for every reader");
        assertEquals(1, chartsKeptFor(eventId), "drawn once and kept with the event");
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(temporary.noneMatch(file -> file.getFileName().toString().startsWith("chart-" + eventId)),
                    "the files the mailer read the chart from are gone once the batch is sent");
        }
    }

    @Test
    void everyDigestEntryHasItsOwnChart() throws IOException {
        UUID thesis = UUID.randomUUID();
        Neighbours.thesis(thesis, "Digest with charts");
        String who = email("chart-daily");
        String id = confirmedSubscriber(who, Map.of("delivery", "DAILY"));
        follow(id, Map.of("thesisId", thesis.toString()));
        FeedTrigger first = aTrigger().of(thesis).named("First charted").on("NVDA", "CAPEX").above(1).critical();
        FeedTrigger second = aTrigger().of(thesis).named("Second charted").on("AVGO", "CAPEX").above(1).critical();
        Neighbours.triggers(first, second);
        Neighbours.series(aSeries().inUsd().point("2023", 2).point("2024", 5),
                aSeries().inUsd().point("2023", 3).point("2024", 7));
        assertEquals(2, check().getInt("fired"));
        drainEmailOutbox();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().post("/api/v1/digests").then().statusCode(200).extract().<Integer>path("emails") > 0
                        || !SmtpResource.emailsTo(who, "digest").isEmpty());
        ReceivedEmail digest = settled(id, who, "digest", 1).get(0);

        for (FeedTrigger trigger : List.of(first, second)) {
            assertEquals(880, decoded(chartOf(digest, eventOf(trigger))).getWidth());
        }
        assertEquals(2, digest.inlineImages().size());
    }
}
