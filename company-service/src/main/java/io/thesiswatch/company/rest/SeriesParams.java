package io.thesiswatch.company.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.thesiswatch.common.problem.EnumParams;
import io.thesiswatch.company.api.Codes;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which series a read asks for, the same for its points and its chart. */
public class SeriesParams {

    @Parameter(description = "Company or group code, any case", example = "NVDA")
    @PathParam("subject")
    String subject;

    @Parameter(description = "Metric code, any case", example = "CAPEX")
    @PathParam("metric")
    String metric;

    @Parameter(description = "VALUE (default), YOY_PCT, POP_PCT or CHANGE_PCT", example = "CHANGE_PCT",
            schema = @Schema(implementation = Transform.class))
    @QueryParam("transform")
    String transform;

    @Parameter(description = "Periods back, 1 to 1000; required with CHANGE_PCT, not allowed otherwise",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + Transform.MAX_WINDOW), example = "4")
    @QueryParam("window")
    Integer window;

    @Parameter(description = "First period to include, a label of the series' kind", example = "2022-Q1")
    @QueryParam("from")
    String from;

    @Parameter(description = "Last period to include, a label of the series' kind", example = "2024-Q4")
    @QueryParam("to")
    String to;

    @Parameter(description = "The kind of period: YEAR, QUARTER, MONTH or DAY; required when the data has "
            + "several kinds (400 naming them otherwise)", example = "QUARTER",
            schema = @Schema(implementation = PeriodKind.class))
    @QueryParam("kind")
    String kind;

    @Parameter(description = "FISCAL (the company's own periods; a company's default) or CALENDAR (a fiscal "
            + "period belongs to the calendar period holding most of its days; a group's default)",
            example = "FISCAL", schema = @Schema(implementation = Basis.class))
    @QueryParam("basis")
    String basis;

    String subject() {
        return Codes.normalize(subject);
    }

    String metric() {
        return Codes.normalize(metric);
    }

    Transform transform() {
        return EnumParams.parse(Transform.class, "transform", transform);
    }

    PeriodKind kind() {
        return EnumParams.parse(PeriodKind.class, "kind", kind);
    }

    Basis basis() {
        return EnumParams.parse(Basis.class, "basis", basis);
    }
}
