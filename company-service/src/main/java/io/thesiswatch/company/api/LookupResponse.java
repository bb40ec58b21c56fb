package io.thesiswatch.company.api;

import java.util.List;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;

import io.thesiswatch.contract.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LookupResponse",
        description = "The asked-for codes that exist, sorted by code; missing ones are left out")
public record LookupResponse(
        @Schema(required = true, description = "Subjects that exist; empty when none was asked or none exists")
        List<FoundSubject> subjects,
        @Schema(required = true, description = "Metrics that exist; empty when none was asked or none exists")
        List<FoundMetric> metrics,
        @Schema(required = true, description = "Series whose subject and metric exist, in the order asked; empty "
                + "when none was asked") List<FoundSeries> series) {

    @Schema(name = "FoundSeries", description = "A series whose subject and metric exist: the kinds of period its "
            + "data has (empty before any data), the bases it can be read on, and its default basis")
    public record FoundSeries(
            @Schema(required = true, example = "NVDA") String subject,
            @Schema(required = true, example = "CAPEX") String metric,
            @Schema(required = true, description = "Kinds of period of its data, empty before any data",
                    example = "[\"YEAR\", \"QUARTER\"]") List<PeriodKind> kinds,
            @Schema(required = true, description = "The bases it can be read on",
                    example = "[\"FISCAL\", \"CALENDAR\"]") List<Basis> bases,
            @Schema(required = true, description = "The basis a read uses when none is asked") Basis defaultBasis) {
    }

    @Schema(name = "FoundSubject", description = "A subject code that exists, and whether it is a company or a group")
    public record FoundSubject(
            @Schema(required = true, example = "NVDA") String code,
            @Schema(required = true, description = "COMPANY or GROUP") SubjectKind kind) {
    }

    @Schema(name = "FoundMetric", description = "A metric code that exists, with its unit and whether it adds up")
    public record FoundMetric(
            @Schema(required = true, example = "CAPEX") String code,
            @Schema(required = true, description = "The unit of its values") Unit unit,
            @Schema(required = true, description = "Whether members' values sum into a group total", example = "true")
            boolean additive) {
    }
}
