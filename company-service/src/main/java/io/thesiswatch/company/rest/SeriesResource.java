package io.thesiswatch.company.rest;

import io.thesiswatch.common.http.ConditionalRead;
import io.thesiswatch.common.problem.EnumParams;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import io.thesiswatch.company.api.Codes;
import io.thesiswatch.company.api.SeriesQuery;
import io.thesiswatch.company.api.SeriesQueryResponse;
import io.thesiswatch.company.api.SeriesResponse;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.company.service.SeriesService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    public SeriesResource(SeriesService series) {
        this.series = series;
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
    public SeriesResponse getSeries(
            @Parameter(description = "Company or group code, any case", example = "NVDA") @PathParam("subject")
            String subject,
            @Parameter(description = "Metric code, any case", example = "CAPEX") @PathParam("metric") String metric,
            @Parameter(description = "VALUE (default), YOY_PCT, POP_PCT or CHANGE_PCT", example = "CHANGE_PCT")
            @QueryParam("transform") Transform transform,
            @Parameter(description = "Periods back, 1 to 1000; required with CHANGE_PCT, not allowed otherwise",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                            maximum = "" + Transform.MAX_WINDOW), example = "4") @QueryParam("window") Integer window,
            @Parameter(description = "First period to include, a label of the series' kind", example = "2022-Q1")
            @QueryParam("from") String from,
            @Parameter(description = "Last period to include, a label of the series' kind", example = "2024-Q4")
            @QueryParam("to") String to,
            @Parameter(description = "The kind of period: YEAR, QUARTER, MONTH or DAY; required when the data has "
                    + "several kinds (400 naming them otherwise)", example = "QUARTER",
                    schema = @Schema(implementation = PeriodKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "FISCAL (the company's own periods; a company's default) or CALENDAR (a fiscal "
                    + "period belongs to the calendar period holding most of its days; a group's default)",
                    example = "FISCAL", schema = @Schema(implementation = Basis.class)) @QueryParam("basis") String basis) {
        return series.series(Codes.normalize(subject), Codes.normalize(metric), transform, window, from, to,
                EnumParams.parse(PeriodKind.class, "kind", kind), EnumParams.parse(Basis.class, "basis", basis));
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
