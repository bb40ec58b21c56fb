package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.MetricBody.aMetric;
import static io.thesiswatch.company.ObservationBatch.observations;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.thesiswatch.charts.CompactFigures;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The chart of a series: PNG or SVG by Accept, of the asked size, and clear 4xx answers for bad input. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class SeriesChartTest {

    private static final String CHART = "/api/v1/series/{subject}/{metric}/chart";

    /** A company whose capex growth falls through 10%, as the article's giants' did. */
    private static String fallingCapex() {
        String company = Fixtures.company("CHART");
        String capex = Fixtures.additiveMetric("CAPEX", "USD");
        observations().of(company, capex).at("2020", "100").at("2021", "130").at("2022", "170").at("2023", "200")
                .at("2024", "210").record();
        return company + "/" + capex;
    }

    private static BufferedImage png(Response response) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
        assertNotNull(image, "the body is a PNG");
        return image;
    }

    @Test
    void withoutAcceptAPngOfTheDefaultSize() throws IOException {
        String[] series = fallingCapex().split("/");
        Response response = given().get(CHART, series[0], series[1]);
        response.then().statusCode(200).contentType("image/png");
        BufferedImage image = png(response);
        assertEquals(600, image.getWidth());
        assertEquals(320, image.getHeight());
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource({"*/*", "image/*", "image/png", "'image/svg+xml;q=0.5, image/png'"})
    void anyImageOrNothingInParticularIsAPng(String accept) throws IOException {
        String[] series = fallingCapex().split("/");
        Response response = given().accept(accept).queryParam("width", 800).queryParam("height", 400)
                .queryParam("scale", 2).get(CHART, series[0], series[1]);
        response.then().statusCode(200).contentType("image/png");
        BufferedImage image = png(response);
        assertEquals(1600, image.getWidth(), "800 pixels at scale 2");
        assertEquals(800, image.getHeight());
    }

    @Test
    void anSvgShowsTheYoYSeriesWithItsThresholdsAndLatestValue() throws Exception {
        String[] series = fallingCapex().split("/");
        String svg = given().accept("image/svg+xml").queryParam("transform", "YOY_PCT")
                .queryParam("threshold", "10").queryParam("clearThreshold", "12").queryParam("theme", "dark")
                .get(CHART, series[0], series[1]).then().statusCode(200).contentType("image/svg+xml")
                .extract().asString();
        Document document = parse(svg);
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertTrue(svg.contains(">" + series[0] + " " + series[1] + " YoY %<"), "the title names the series");
        assertTrue(svg.contains(">Yearly, fiscal basis<"), "the subtitle names kind and basis");
        assertTrue(svg.contains(">threshold 10%<") && svg.contains(">clears at 12%<"));
        assertTrue(svg.contains(">5%<"), "the latest value: 210 on 200 is +5%");
        assertTrue(svg.contains("stroke-dasharray:8,5") && svg.contains("stroke-dasharray:2,4"));
    }

    @Test
    void nvidiasFiledCapexChartsToItsLatestQuarter() throws IOException {
        String company = Fixtures.company("NVF");
        given().contentType(ContentType.JSON).body(aMetric("CAPEX").name("Capex").unit("USD").additive(true).build())
                .post("/api/v1/metrics").then().statusCode(anyOf(equalTo(201), equalTo(409)));
        given().contentType(ContentType.JSON).body(aMetric("REVENUE").name("Revenue").unit("USD").additive(true)
                .build()).post("/api/v1/metrics").then().statusCode(anyOf(equalTo(201), equalTo(409)));
        given().contentType(ContentType.JSON).queryParam("subject", company).body(nvidiaFile())
                .post("/api/v1/imports/sec-companyfacts").then().statusCode(200);
        List<Object> values = given().queryParam("kind", "QUARTER").get("/api/v1/series/{s}/CAPEX", company)
                .then().statusCode(200).extract().path("points.value");
        BigDecimal last = new BigDecimal(String.valueOf(values.get(values.size() - 1)));
        String latest = CompactFigures.format(last.doubleValue(), "USD");

        String svg = given().accept("image/svg+xml").queryParam("kind", "QUARTER").queryParam("last", 16)
                .get(CHART, company, "CAPEX").then().statusCode(200).extract().asString();
        assertTrue(svg.contains(">" + latest + "<"), "the latest filed quarter, " + latest + ", is written");
        assertTrue(svg.contains(">Quarterly, fiscal basis<"));
        Response response = given().queryParam("kind", "QUARTER").get(CHART, company, "CAPEX");
        assertEquals(600, png(response).getWidth());
    }

    @Test
    void aSeriesWithoutPointsIsAChartThatSaysSo() {
        String company = Fixtures.company("EMPTY");
        String metric = Fixtures.additiveMetric("NONE", "USD");
        String svg = given().accept("image/svg+xml").get(CHART, company, metric).then().statusCode(200)
                .extract().asString();
        assertTrue(svg.contains(">No data for this series yet<"), svg);
        given().get(CHART, company, metric).then().statusCode(200).contentType("image/png");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"width, 199", "width, 2001", "height, 100", "height, 5000", "last, 0", "last, 401", "scale, 4",
            "theme, purple", "threshold, ten", "transform, SQUARED"})
    void anOutOfRangeParameterIsA400NamingIt(String parameter, String value) {
        String[] series = fallingCapex().split("/");
        given().queryParam(parameter, value).get(CHART, series[0], series[1]).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(parameter));
    }

    @Test
    void unknownSeriesAre404AndOtherMediaTypes406() {
        String[] series = fallingCapex().split("/");
        given().get(CHART, "NOSUCH", series[1]).then().statusCode(404).contentType("application/problem+json");
        given().get(CHART, series[0], "NOSUCH").then().statusCode(404);
        given().accept("application/json").get(CHART, series[0], series[1]).then().statusCode(406)
                .contentType("application/problem+json");
        given().accept("image/gif").get(CHART, series[0], series[1]).then().statusCode(406);
    }

    @Test
    void aChartNeedsAToken() {
        String[] series = fallingCapex().split("/");
        Fixtures.anonymous().get(CHART, series[0], series[1]).then().statusCode(401);
        Fixtures.anonymous().auth().oauth2(Tokens.forAnotherAudience()).get(CHART, series[0], series[1]).then()
                .statusCode(401);
    }

    private static byte[] nvidiaFile() throws IOException {
        try (InputStream in = SeriesChartTest.class.getResourceAsStream("/sec/companyfacts-NVDA.json")) {
            return in.readAllBytes();
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
