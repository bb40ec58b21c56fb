package io.thesiswatch.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The pictures as a reader gets them: a PNG of the asked size, and an SVG whose lines lie where the values do. */
class ChartRendererTest {

    /** BIG6's capex growth falling through its 10% threshold, as the article tells it. */
    private static final SeriesChart FALLING = new SeriesChart("BIG6 CAPEX YoY %", "Yearly, calendar basis",
            "PERCENT", List.of(point("2020", "12.1"), point("2021", "24.6"), point("2022", "31.0"),
                    point("2023", "18.2"), point("2024", "5.0")),
            new BigDecimal("10"), new BigDecimal("12"), ChartTheme.LIGHT);

    private static ChartPoint point(String period, String value) {
        return new ChartPoint(period, new BigDecimal(value));
    }

    @Test
    void aPngHasTheAskedSizeTimesItsScale() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(FALLING, 600, 320, 2)));
        assertNotNull(image, "a PNG ImageIO reads");
        assertEquals(1200, image.getWidth());
        assertEquals(640, image.getHeight());
    }

    @Test
    void theSvgDrawsTheSeriesAndTheThresholdsWhereTheirValuesAre() throws Exception {
        ChartRenderer.SvgChart svg = ChartRenderer.svg(FALLING, 600, 320);
        Document document = parse(svg.xml());
        assertEquals("600", document.getDocumentElement().getAttribute("width"));

        Element threshold = lineWithDashes(document, "8,5");
        assertEquals(svg.yOf().applyAsDouble(10), Double.parseDouble(threshold.getAttribute("y1")), 0.5);
        assertEquals(threshold.getAttribute("y1"), threshold.getAttribute("y2"), "a horizontal line");
        Element clear = lineWithDashes(document, "2,4");
        assertEquals(svg.yOf().applyAsDouble(12), Double.parseDouble(clear.getAttribute("y1")), 0.5);
        assertTrue(svg.yOf().applyAsDouble(12) < svg.yOf().applyAsDouble(10), "higher values are drawn higher");

        List<Element> series = seriesSegments(document);
        assertEquals(FALLING.points().size() - 1, series.size(), "one segment between each two points");
        assertEquals(svg.yOf().applyAsDouble(12.1), Double.parseDouble(series.get(0).getAttribute("y1")), 0.5,
                "the line starts at the first value, 12.1%");
        assertEquals(svg.yOf().applyAsDouble(5.0), Double.parseDouble(series.get(3).getAttribute("y2")), 0.5,
                "the line ends at the latest value, 5%");
        assertTrue(svg.xml().contains(">5%<"), "the latest value is written");
        assertTrue(svg.xml().contains(">threshold 10%<") && svg.xml().contains(">clears at 12%<"));
    }

    @Test
    void aSeriesWithoutPointsSaysSoInsteadOfFailing() throws Exception {
        SeriesChart empty = new SeriesChart("NVDA CAPEX", "Quarterly, fiscal basis", "USD", List.of(),
                new BigDecimal("40000000000"), null, ChartTheme.DARK);
        assertNotNull(ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(empty, 400, 200, 1))));
        assertTrue(ChartRenderer.svg(empty, 400, 200).xml().contains(">" + ChartRenderer.NO_DATA + "<"));
    }

    @Test
    void manyPeriodsStillFit() throws IOException {
        List<ChartPoint> quarters = new ArrayList<>();
        for (int year = 2015; year <= 2024; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                quarters.add(point(year + "-Q" + quarter, String.valueOf(1_000_000_000L * (year - 2010) + quarter)));
            }
        }
        SeriesChart chart = new SeriesChart("NVDA CAPEX", "Quarterly, fiscal basis", "USD", quarters, null, null,
                null);
        assertEquals(8, chart.last(8).points().size());
        assertEquals("2024-Q4", chart.last(8).points().get(7).period());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(chart, 800, 400, 1)));
        assertEquals(800, image.getWidth());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** The one line drawn with this dash pattern (its own style or the group's it is in). */
    private static Element lineWithDashes(Document document, String pattern) {
        List<Element> lines = elements(document, "line").stream()
                .filter(line -> pattern.equals(style(line).get("stroke-dasharray"))).toList();
        assertEquals(1, lines.size(), "lines dashed " + pattern);
        return lines.get(0);
    }

    /** The solid segments drawn in the series' colour and width, in the order drawn. */
    private static List<Element> seriesSegments(Document document) {
        return elements(document, "line").stream()
                .filter(line -> "rgb(23,92,211)".equals(style(line).get("stroke"))
                        && "2.5".equals(style(line).get("stroke-width"))
                        && "none".equals(style(line).getOrDefault("stroke-dasharray", "none")))
                .toList();
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** An element's effective style properties: its own over those of the groups around it. */
    private static Map<String, String> style(Element element) {
        List<Element> chain = new ArrayList<>();
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            chain.add(0, e);
        }
        Map<String, String> style = new LinkedHashMap<>();
        for (Element e : chain) {
            for (String declaration : e.getAttribute("style").split(";")) {
                String[] parts = declaration.split(":", 2);
                if (parts.length == 2) {
                    style.put(parts[0].trim(), parts[1].trim());
                }
            }
        }
        return style;
    }
}
