package io.thesiswatch.charts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a chart shows: a series (oldest point first) with its unit, the trigger's threshold and clear threshold when
 * it has them (null otherwise), a title and a subtitle. Titles should be plain ASCII (codes, period kinds): the
 * image may be drawn where no CJK font exists, so words in the reader's language belong around the image.
 */
public record SeriesChart(String title, String subtitle, String unit, List<ChartPoint> points, BigDecimal threshold,
        BigDecimal clearThreshold, ChartTheme theme) {

    public SeriesChart {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        unit = unit == null ? "" : unit;
        points = List.copyOf(points);
        theme = theme == null ? ChartTheme.LIGHT : theme;
    }

    /** The last {@code count} points only. */
    public SeriesChart last(int count) {
        return count >= points.size() ? this
                : new SeriesChart(title, subtitle, unit, points.subList(points.size() - count, points.size()),
                        threshold, clearThreshold, theme);
    }
}
