package io.thesiswatch.company.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Variant;

import io.thesiswatch.charts.ChartPoint;
import io.thesiswatch.charts.ChartRenderer;
import io.thesiswatch.charts.ChartTheme;
import io.thesiswatch.charts.ChartTitles;
import io.thesiswatch.charts.SeriesChart;
import io.thesiswatch.company.api.SeriesResponse;

/** A series read drawn as a chart, PNG or SVG, with the sizes and defaults the chart endpoint allows. */
@ApplicationScoped
public class SeriesCharts {

    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";
    /** PNG first: what no Accept, {@code *}/{@code *} and {@code image/*} get. */
    public static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(PNG), MediaType.valueOf(SVG))
            .build();
    public static final int MIN_SIZE = 200;
    public static final int MAX_SIZE = 2000;
    public static final int MAX_PERIODS = 400;

    static final int DEFAULT_PERIODS = 12;
    static final int DEFAULT_WIDTH = 600;
    static final int DEFAULT_HEIGHT = 320;

    /** How to draw it; null fields take their defaults. */
    public record Drawing(BigDecimal threshold, BigDecimal clearThreshold, Integer last, Integer width,
            Integer height, Integer scale, ChartTheme theme) {
    }

    /** The chart's bytes in {@code type}: PNG, or SVG as UTF-8. */
    public byte[] draw(SeriesResponse series, Drawing drawing, MediaType type) {
        List<ChartPoint> points = series.points().stream().map(p -> new ChartPoint(p.period(), p.value())).toList();
        SeriesChart chart = new SeriesChart(
                ChartTitles.title(series.subject(), series.metric(), series.transform(), series.window()),
                ChartTitles.subtitle(series.kind(), series.basis()), series.unit().name(), points,
                drawing.threshold(), drawing.clearThreshold(), drawing.theme())
                .last(orDefault(drawing.last(), DEFAULT_PERIODS));
        int width = orDefault(drawing.width(), DEFAULT_WIDTH);
        int height = orDefault(drawing.height(), DEFAULT_HEIGHT);
        if (type.isCompatible(MediaType.valueOf(SVG))) {
            return ChartRenderer.svg(chart, width, height).xml().getBytes(StandardCharsets.UTF_8);
        }
        return ChartRenderer.png(chart, width, height, orDefault(drawing.scale(), 1));
    }

    private static int orDefault(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }
}
