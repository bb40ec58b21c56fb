package io.thesiswatch.company.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;

@Schema(name = "SeriesSpec", description = "Which series: subject, metric, transform (VALUE if left out), window, "
        + "kind and basis")
public record SeriesSpec(
        @NotNull @Schema(description = "A company or group code; an unknown one gives that series an error",
                example = "NVDA") String subject,
        @NotNull @Schema(description = "A metric code; an unknown one gives that series an error", example = "CAPEX")
        String metric,
        @Schema(description = "VALUE if left out") Transform transform,
        @Schema(description = "Periods back, only with CHANGE_PCT", example = "4") Integer window,
        @Schema(description = "The kind of period; may be left out when the data has only one kind") PeriodKind kind,
        @Schema(description = "FISCAL (a company's default) or CALENDAR (a group's default)") Basis basis) {

    /** A spec of the series as it was before kinds and bases (the subject's default basis, the only kind). */
    public SeriesSpec(String subject, String metric, Transform transform, Integer window) {
        this(subject, metric, transform, window, null, null);
    }
}
