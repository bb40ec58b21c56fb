package io.thesiswatch.alert.mail;

import java.util.UUID;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.charts.ChartPoint;
import io.thesiswatch.charts.ChartRenderer;
import io.thesiswatch.charts.ChartTheme;
import io.thesiswatch.charts.ChartTitles;
import io.thesiswatch.charts.SeriesChart;

/**
 * The chart an alert email shows: the event's recent points with the trigger's thresholds, drawn for a phone's
 * email column (440 pixels, so its text stays legible there; shown up to 560 wide elsewhere) at twice the
 * resolution for sharp screens. Its text is codes and numbers only, so
 * it reads the same in every language; the email's words around it are the reader's.
 */
public final class EventChart {

    public static final int WIDTH = 440;
    public static final int HEIGHT = 250;
    static final int SCALE = 2;

    private EventChart() {
    }

    public static byte[] png(AlertEvent event) {
        SeriesChart chart = new SeriesChart(
                event.expression != null ? event.expressionInWords()
                        : ChartTitles.title(event.subject, event.metric, event.transform, event.window),
                ChartTitles.subtitle(event.periodKind, event.basis), event.unit,
                event.recentPoints.stream().map(p -> new ChartPoint(p.period(), p.value())).toList(),
                event.threshold, event.clearThreshold, ChartTheme.LIGHT);
        return ChartRenderer.png(chart, WIDTH, HEIGHT, SCALE);
    }

    /** The Content-ID of an event's chart in the emails that carry it (without angle brackets). */
    public static String contentId(UUID eventId) {
        return "chart-" + eventId + "@" + MailComposer.MESSAGE_ID_DOMAIN;
    }
}
