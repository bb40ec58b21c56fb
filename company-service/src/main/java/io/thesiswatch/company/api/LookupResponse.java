package io.thesiswatch.company.api;

import java.util.List;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;

import io.thesiswatch.company.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LookupResponse", description = "The asked-for codes that exist, sorted by code; missing ones are left out")
public record LookupResponse(List<FoundSubject> subjects, List<FoundMetric> metrics, List<FoundSeries> series) {

    @Schema(name = "FoundSeries", description = "A series whose subject and metric exist: the kinds of period its "
            + "data has (empty before any data), the bases it can be read on, and its default basis")
    public record FoundSeries(@Schema(example = "NVDA") String subject, @Schema(example = "CAPEX") String metric,
            @Schema(example = "[\"YEAR\", \"QUARTER\"]") List<PeriodKind> kinds,
            @Schema(example = "[\"FISCAL\", \"CALENDAR\"]") List<Basis> bases,
            @Schema(example = "FISCAL") Basis defaultBasis) {
    }


    @Schema(name = "FoundSubject")
    public record FoundSubject(@Schema(example = "NVDA") String code, @Schema(example = "COMPANY") String kind) {
    }

    @Schema(name = "FoundMetric")
    public record FoundMetric(@Schema(example = "CAPEX") String code, @Schema(example = "USD") Unit unit,
            boolean additive) {
    }
}
