package io.thesiswatch.company.api;

import io.thesiswatch.contract.Transform;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesSpec", description = "Which series: subject, metric, transform (VALUE if left out) and window")
public record SeriesSpec(
        @Schema(example = "BIG6") String subject,
        @Schema(example = "CAPEX") String metric,
        @Schema(example = "YOY_PCT") Transform transform,
        @Schema(description = "Periods back, only with CHANGE_PCT", example = "4") Integer window) {
}
