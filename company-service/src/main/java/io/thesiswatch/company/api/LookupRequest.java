package io.thesiswatch.company.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LookupRequest", description = "Codes to look up; every list may be left out")
public record LookupRequest(
        @Size(max = 1000) @Schema(description = "Subject codes (companies or groups)", example = "[\"NVDA\", \"BIG6\"]")
        List<@NotNull String> subjects,
        @Size(max = 1000) @Schema(description = "Metric codes", example = "[\"CAPEX\"]") List<@NotNull String> metrics,
        @Size(max = 1000) @Schema(description = "Series whose kinds of period and bases to report")
        List<@NotNull @Valid SeriesRef> series) {

    /** The request before series could be asked about. */
    public LookupRequest(List<String> subjects, List<String> metrics) {
        this(subjects, metrics, null);
    }

    @Schema(name = "LookupSeriesRef", description = "A series to report on: its subject and metric codes")
    public record SeriesRef(@NotNull @Schema(example = "NVDA") String subject,
            @NotNull @Schema(example = "CAPEX") String metric) {
    }
}
