package io.thesiswatch.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;

/**
 * Draws a {@link SeriesChart} with JFreeChart: the series as a line with markers, the latest point marked and
 * labelled, the threshold as a dashed line and the clear threshold as a dotted one, period labels on the x axis and
 * values with their unit on the y axis, whose range always takes the thresholds in. As PNG (scaled for sharp
 * screens) or as SVG through Batik. Text is drawn in the JVM's logical sans-serif font.
 */
public final class ChartRenderer {

    static final String NO_DATA = "No data for this series yet";
    /** Dash pattern of the threshold line, and dot pattern of the clear threshold's, in pixels. */
    static final float[] DASHED = {8f, 5f};
    static final float[] DOTTED = {2f, 4f};

    private static final String SERIES = "series";
    private static final String LATEST = "latest";
    /** Room a period label takes per character at the axis' font, and the chart's width outside the plot. */
    private static final double LABEL_CHARACTER_WIDTH = 7.0;
    private static final int OUTSIDE_PLOT = 100;

    private ChartRenderer() {
    }

    /** A PNG of {@code width} x {@code height} logical pixels, drawn at {@code scale} pixels per logical pixel. */
    public static byte[] png(SeriesChart chart, int width, int height, int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(scale, scale);
            build(chart, width).draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return PalettePng.encode(image);
    }

    /** An SVG document of {@code width} x {@code height}, and where each value lies on its y axis. */
    public static SvgChart svg(SeriesChart chart, int width, int height) {
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Thesis Watch series chart");
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(width, height));
        JFreeChart drawn = build(chart, width);
        ChartRenderingInfo info = new ChartRenderingInfo();
        drawn.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        CategoryPlot plot = drawn.getCategoryPlot();
        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        DoubleUnaryOperator yOf = value -> plot.getRangeAxis().valueToJava2D(value, dataArea, plot.getRangeAxisEdge());
        StringWriter xml = new StringWriter();
        try {
            g2.stream(xml, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SvgChart(xml.toString(), yOf);
    }

    /** An SVG document, and the y coordinate at which a value of the series is drawn. */
    public record SvgChart(String xml, DoubleUnaryOperator yOf) {
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static JFreeChart build(SeriesChart chart, int width) {
        ChartTheme theme = chart.theme();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<ChartPoint> points = chart.points();
        for (int i = 0; i < points.size(); i++) {
            ChartPoint point = points.get(i);
            data.addValue(point.value(), SERIES, point.period());
            data.addValue(i == points.size() - 1 ? point.value() : null, LATEST, point.period());
        }

        CategoryAxis periods = new CategoryAxis();
        periods.setTickLabelFont(font(Font.PLAIN, 11));
        periods.setTickLabelPaint(theme.mutedText);
        periods.setAxisLinePaint(theme.grid);
        periods.setTickMarksVisible(false);
        periods.setLowerMargin(0.02);
        periods.setUpperMargin(0.02);
        if (!labelsFitSideBySide(points, width)) {
            periods.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }

        NumberAxis values = new NumberAxis();
        values.setNumberFormatOverride(new AxisFigures(chart.unit()));
        values.setTickLabelFont(font(Font.PLAIN, 11));
        values.setTickLabelPaint(theme.mutedText);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        Optional<double[]> range = range(chart);
        range.ifPresent(bounds -> values.setRange(bounds[0], bounds[1]));
        values.setVisible(!points.isEmpty());

        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, theme.series);
        line.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        line.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        line.setSeriesPaint(1, theme.series);
        line.setSeriesLinesVisible(1, false);
        line.setSeriesShape(1, new Ellipse2D.Double(-6.5, -6.5, 13, 13));
        line.setDefaultToolTipGenerator(null);

        CategoryPlot plot = new CategoryPlot(data, periods, values, line);
        plot.setBackgroundPaint(theme.background);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(theme.grid);
        plot.setRangeGridlinesVisible(!points.isEmpty());
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage(NO_DATA);
        plot.setNoDataMessageFont(font(Font.PLAIN, 14));
        plot.setNoDataMessagePaint(theme.mutedText);
        if (!points.isEmpty()) {
            // the higher line is labelled above it, the lower one below, so that close lines keep both labels
            boolean thresholdHigher = chart.clearThreshold() == null || chart.threshold() == null
                    || chart.threshold().compareTo(chart.clearThreshold()) >= 0;
            marker(plot, chart.threshold(), chart.unit(), theme.threshold, DASHED, "threshold", thresholdHigher);
            marker(plot, chart.clearThreshold(), chart.unit(), theme.clearThreshold, DOTTED, "clears at",
                    !thresholdHigher);
            plot.addAnnotation(latestLabel(points.get(points.size() - 1), chart, range.orElseThrow()));
        }

        JFreeChart drawn = new JFreeChart(chart.title(), font(Font.BOLD, 15), plot, false);
        drawn.getTitle().setPaint(theme.text);
        drawn.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        TextTitle subtitle = new TextTitle(chart.subtitle(), font(Font.PLAIN, 11));
        subtitle.setPaint(theme.mutedText);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        drawn.addSubtitle(subtitle);
        drawn.setBackgroundPaint(theme.background);
        drawn.setPadding(new RectangleInsets(10, 12, 8, 16));
        drawn.setAntiAlias(true);
        drawn.setTextAntiAlias(true);
        return drawn;
    }

    /** Whether the period labels fit level under their points, or must slant to stay whole. */
    private static boolean labelsFitSideBySide(List<ChartPoint> points, int width) {
        int longest = points.stream().mapToInt(p -> p.period().length()).max().orElse(0);
        double perPeriod = (width - OUTSIDE_PLOT) / (double) Math.max(1, points.size());
        return longest * LABEL_CHARACTER_WIDTH + 8 <= perPeriod;
    }

    /**
     * The latest value, written to the left of its point with a short pointer: above it, or below it when the
     * point is in the upper half of the axis (where a label above would leave the plot).
     */
    private static CategoryPointerAnnotation latestLabel(ChartPoint latest, SeriesChart chart, double[] range) {
        double value = latest.value().doubleValue();
        boolean upperHalf = value > (range[0] + range[1]) / 2;
        CategoryPointerAnnotation label = new CategoryPointerAnnotation(CompactFigures.format(value, chart.unit()),
                latest.period(), value, upperHalf ? 3 * Math.PI / 4 : -3 * Math.PI / 4);
        label.setFont(font(Font.BOLD, 12));
        label.setPaint(chart.theme().text);
        label.setArrowPaint(chart.theme().mutedText);
        label.setTipRadius(9);
        label.setBaseRadius(24);
        label.setArrowLength(5);
        label.setArrowWidth(3);
        label.setLabelOffset(3);
        label.setTextAnchor(upperHalf ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
        return label;
    }

    private static void marker(CategoryPlot plot, BigDecimal value, String unit, Color colour, float[] pattern,
            String word, boolean labelAbove) {
        if (value == null) {
            return;
        }
        ValueMarker marker = new ValueMarker(value.doubleValue(), colour, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, pattern, 0f));
        marker.setLabel(word + " " + CompactFigures.format(value.doubleValue(), unit));
        marker.setLabelFont(font(Font.PLAIN, 11));
        marker.setLabelPaint(colour);
        marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        marker.setLabelAnchor(labelAbove ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT);
        marker.setLabelTextAnchor(labelAbove ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        plot.addRangeMarker(marker, Layer.FOREGROUND);
    }

    /** The value axis' range: every point and threshold, with room above and below; none without points. */
    private static Optional<double[]> range(SeriesChart chart) {
        if (chart.points().isEmpty()) {
            return Optional.empty();
        }
        double[] all = Stream.concat(chart.points().stream().map(ChartPoint::value),
                Stream.of(chart.threshold(), chart.clearThreshold()).filter(Objects::nonNull))
                .mapToDouble(BigDecimal::doubleValue).toArray();
        double low = Arrays.stream(all).min().orElseThrow();
        double high = Arrays.stream(all).max().orElseThrow();
        double room = high == low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.12;
        double lower = low - room;
        if (low >= 0 && lower < 0) {
            lower = 0;
        }
        return Optional.of(new double[] {lower, high + room});
    }

    private static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }
}
