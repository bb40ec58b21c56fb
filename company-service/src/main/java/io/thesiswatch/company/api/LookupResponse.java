package io.thesiswatch.company.api;

import java.util.List;

import io.thesiswatch.company.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LookupResponse", description = "The asked-for codes that exist, sorted by code; missing ones are left out")
public record LookupResponse(List<FoundSubject> subjects, List<FoundMetric> metrics) {

    @Schema(name = "FoundSubject")
    public record FoundSubject(@Schema(example = "NVDA") String code, @Schema(example = "COMPANY") String kind) {
    }

    @Schema(name = "FoundMetric")
    public record FoundMetric(@Schema(example = "CAPEX") String code, @Schema(example = "USD") Unit unit,
            boolean additive) {
    }
}
