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
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.thesiswatch.charts.ChartTheme;
import io.thesiswatch.common.http.ConditionalRead;
import io.thesiswatch.common.problem.EnumParams;
import io.thesiswatch.common.problem.Problem;
import io.thesiswatch.company.api.ExpressionSeriesResponse;
import io.thesiswatch.company.api.SeriesQuery;
import io.thesiswatch.company.api.SeriesQueryResponse;
import io.thesiswatch.company.api.SeriesResponse;
import io.thesiswatch.contract.Unit;
import io.thesiswatch.company.service.SeriesCharts;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
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
                    + "observations of its own sums its members' (additive metrics). Answers carry an ETag: "
                    + "send it back as If-None-Match to get 304 with no body until new data changes the series. "
                    + "Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(schema = @Schema(implementation = SeriesResponse.class)))
    public Uni<SeriesResponse> getSeries(@BeanParam SeriesParams asked) {
        return series.series(asked.subject(), asked.metric(), asked.transform(), asked.window, asked.from, asked.to,
                asked.kind(), asked.basis());
    }

    @GET
    @ConditionalRead
    @Extension(name = ConditionalRead.DOCUMENTED, value = "true")
    @Operation(operationId = "getExpressionSeries",
            summary = "A series computed from other series: ratios, shares, differences",
            description = "The expression's value for every period where each reference has a point, on one kind "
                    + "and one basis, each point with the operands it was computed from (their sources too). "
                    + "References are {SUBJECT:METRIC[:TRANSFORM[:WINDOW]]}; + - * /, parentheses and numbers join "
                    + "them (no functions). Quotients have 10 decimal places, HALF_UP; a period whose divisor is "
                    + "zero is left out. The basis is the subject's own when every reference is of one subject, "
                    + "CALENDAR otherwise; FISCAL needs every subject's fiscal year to end on the same day. Any "
                    + "signed-in caller.")
    @APIResponse(responseCode = "200", description = "The computed series",
            content = @Content(schema = @Schema(implementation = ExpressionSeriesResponse.class),
                    examples = @ExampleObject(name = "NVIDIA's revenue against the six giants' capex", value = """
                            {"expression": "{NVDA:REVENUE} / {BIG6:CAPEX}",
                             "description": "NVDA Revenue / BIG6 Capital expenditure", "unit": "RATIO",
                             "kind": "YEAR", "basis": "CALENDAR",
                             "points": [{"period": "2024", "value": 0.2945756208,
                                         "start": "2024-01-01", "end": "2024-12-31",
                                         "operands": [{"reference": "{NVDA:REVENUE}", "value": 130497000000,
                                                       "fiscalPeriods": ["2025"]},
                                                      {"reference": "{BIG6:CAPEX}", "value": 443000000000}]}]}""")))
    public ExpressionSeriesResponse getExpressionSeries(
            @Parameter(required = true, description = "The expression; URL-encode it (curl --data-urlencode)",
                    example = "{NVDA:REVENUE} / {BIG6:CAPEX}")
            @QueryParam("expression") @NotNull String expression,
            @Parameter(description = "The unit of the values (RATIO if left out)", example = "PERCENT",
                    schema = @Schema(implementation = Unit.class)) @QueryParam("unit") String unit,
            @Parameter(description = "First period to include, a label of the series' kind", example = "2022")
            @QueryParam("from") String from,
            @Parameter(description = "Last period to include, a label of the series' kind", example = "2024")
            @QueryParam("to") String to,
            @Parameter(description = "The kind of period; required when the references' data has several kinds",
                    example = "YEAR", schema = @Schema(implementation = PeriodKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "FISCAL or CALENDAR (see above)", example = "CALENDAR",
                    schema = @Schema(implementation = Basis.class)) @QueryParam("basis") String basis) {
        return series.expression(expression, EnumParams.parse(Unit.class, "unit", unit), from, to,
                EnumParams.parse(PeriodKind.class, "kind", kind), EnumParams.parse(Basis.class, "basis", basis));
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
    public Uni<Response> getSeriesChart(@BeanParam SeriesParams asked,
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
        SeriesCharts.Drawing drawing = new SeriesCharts.Drawing(threshold, clearThreshold, last, width, height,
                scale, EnumParams.parse(ChartTheme.class, "theme", theme));
        return series.series(asked.subject(), asked.metric(), asked.transform(), asked.window, asked.from, asked.to,
                        asked.kind(), asked.basis())
                .emitOn(Infrastructure.getDefaultWorkerPool()) // drawing takes a worker, not the event loop
                .map(points -> Response.ok(charts.draw(points, drawing, variant.getMediaType()), variant).build());
    }

    @POST
    @Path("/query")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "querySeries",
            summary = "Up to 1,000 series in one request, in the order asked; unknown ones carry an error",
            description = "Reads many series at once (what a watch list or dashboard needs), optionally only their "
                    + "last points. An item may be an expression over series (see getExpressionSeries); all the "
                    + "references of all the items are read together. A series that cannot be answered (unknown "
                    + "code, missing kind, bad window, a bad expression token) carries an error instead of points; "
                    + "the others are answered. Any signed-in caller.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeriesQuery.class),
            examples = {@ExampleObject(name = "Capex of NVIDIA and the six giants", value = """
                    {"series": [{"subject": "NVDA", "metric": "CAPEX", "kind": "YEAR", "transform": "YOY_PCT"},
                                {"subject": "BIG6", "metric": "CAPEX", "kind": "YEAR"}],
                     "last": 3}"""),
                @ExampleObject(name = "A series and an expression", value = """
                    {"series": [{"subject": "NVDA", "metric": "REVENUE", "kind": "YEAR", "basis": "CALENDAR"},
                                {"expression": "{NVDA:REVENUE} / {BIG6:CAPEX} * 100", "unit": "PERCENT",
                                 "kind": "YEAR"}],
                     "last": 3}""")}))
    @APIResponse(responseCode = "200", description = "One result per series asked",
            content = @Content(schema = @Schema(implementation = SeriesQueryResponse.class)))
    public SeriesQueryResponse querySeries(@NotNull @Valid SeriesQuery query) {
        return series.query(query);
    }
}
