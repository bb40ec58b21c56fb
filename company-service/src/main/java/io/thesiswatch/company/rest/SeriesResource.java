package io.thesiswatch.company.rest;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import io.quarkus.security.Authenticated;
import io.thesiswatch.charts.ChartTheme;
import io.thesiswatch.common.http.ConditionalRead;
import io.thesiswatch.common.problem.EnumParams;
import io.thesiswatch.common.problem.Problem;
import io.thesiswatch.company.api.SeriesQuery;
import io.thesiswatch.company.api.SeriesQueryResponse;
import io.thesiswatch.company.api.SeriesResponse;
import io.thesiswatch.company.service.SeriesCharts;
import io.thesiswatch.company.service.SeriesService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series", description = "Observed and derived time series")
@Authenticated
public class SeriesResource {

    private final SeriesService series;
    private final SeriesCharts charts;

    public SeriesResource(SeriesService series, SeriesCharts charts) {
        this.series = series;
        this.charts = charts;
    }

    @GET
    @Path("/{subject}/{metric}")
    @ConditionalRead
    @Extension(name = ConditionalRead.DOCUMENTED, value = "true")
    @Operation(operationId = "getSeries",
            summary = "A series, oldest first: observed values, or YoY / period-on-period / N-period percent change",
            description = "Every point of one kind of period (kind is required when the data has several) on the "
                    + "subject's fiscal or the calendar basis, optionally between from and to; a group without "
                    + "observations of its own sums its members' (additive metrics). Answers carry an ETag: send it back as If-None-Match to get "
                    + "304 with no body until new data changes the series. Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(schema = @Schema(implementation = SeriesResponse.class)))
    public SeriesResponse getSeries(@BeanParam SeriesParams asked) {
        return series.series(asked.subject(), asked.metric(), asked.transform(), asked.window, asked.from, asked.to,
                asked.kind(), asked.basis());
    }

    @GET
    @Path("/{subject}/{metric}/chart")
    @Produces({SeriesCharts.PNG, SeriesCharts.SVG})
    @Operation(operationId = "getSeriesChart",
            summary = "A series as a chart: a line with its latest value, and a trigger's thresholds",
            description = "The same series as getSeries (its last periods, 12 by default), drawn as a line with "
                    + "markers, the latest point marked and labelled, the threshold as a dashed line and the clear "
                    + "threshold as a dotted one, period labels below and values with their unit ($212B, 21%). "
                    + "PNG or SVG by Accept: no Accept, */* or image/* answer PNG; anything else but image/png and "
                    + "image/svg+xml is a 406. A series without points is a chart that says so. Any signed-in "
                    + "caller.")
    @APIResponse(responseCode = "200", description = "The chart", content = {
            @Content(mediaType = SeriesCharts.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = SeriesCharts.SVG, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "406", description = "Accept names no image type this operation draws",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    public Response getSeriesChart(@BeanParam SeriesParams asked,
            @Parameter(description = "A trigger's threshold, drawn as a dashed line", example = "10")
            @QueryParam("threshold") BigDecimal threshold,
            @Parameter(description = "A trigger's clear threshold, drawn as a dotted line", example = "12")
            @QueryParam("clearThreshold") BigDecimal clearThreshold,
            @Parameter(description = "How many of the latest periods to show, 1 to 400 (12)", example = "12")
            @QueryParam("last") @Min(1) @Max(SeriesCharts.MAX_PERIODS) Integer last,
            @Parameter(description = "Width in pixels, 200 to 2000 (600)", example = "600")
            @QueryParam("width") @Min(SeriesCharts.MIN_SIZE) @Max(SeriesCharts.MAX_SIZE) Integer width,
            @Parameter(description = "Height in pixels, 200 to 2000 (320)", example = "320")
            @QueryParam("height") @Min(SeriesCharts.MIN_SIZE) @Max(SeriesCharts.MAX_SIZE) Integer height,
            @Parameter(description = "PNG only: device pixels per pixel, 1 to 3 (1); 2 for sharp phone screens",
                    example = "2") @QueryParam("scale") @Min(1) @Max(3) Integer scale,
            @Parameter(description = "light (default) or dark, any case", example = "light",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"light", "dark"}))
            @QueryParam("theme") String theme,
            @Context Request request) {
        Variant variant = request.selectVariant(SeriesCharts.VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException();
        }
        SeriesResponse points = series.series(asked.subject(), asked.metric(), asked.transform(), asked.window,
                asked.from, asked.to, asked.kind(), asked.basis());
        SeriesCharts.Drawing drawing = new SeriesCharts.Drawing(threshold, clearThreshold, last, width, height,
                scale, EnumParams.parse(ChartTheme.class, "theme", theme));
        return Response.ok(charts.draw(points, drawing, variant.getMediaType()), variant).build();
    }

    @POST
    @Path("/query")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "querySeries",
            summary = "Up to 1,000 series in one request, in the order asked; unknown ones carry an error",
            description = "Reads many series at once (what a watch list or dashboard needs), optionally only their "
                    + "last points. A series that cannot be answered (unknown code, missing kind, bad window) carries "
                    + "an error instead of points; the others are answered. Any signed-in caller.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeriesQuery.class),
            examples = @ExampleObject(name = "Capex of NVIDIA and the six giants", value = """
                    {"series": [{"subject": "NVDA", "metric": "CAPEX", "kind": "YEAR", "transform": "YOY_PCT"},
                                {"subject": "BIG6", "metric": "CAPEX", "kind": "YEAR"}],
                     "last": 3}""")))
    @APIResponse(responseCode = "200", description = "One result per series asked",
            content = @Content(schema = @Schema(implementation = SeriesQueryResponse.class)))
    public SeriesQueryResponse querySeries(@NotNull @Valid SeriesQuery query) {
        return series.query(query);
    }
}
