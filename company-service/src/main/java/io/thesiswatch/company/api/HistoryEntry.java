package io.thesiswatch.company.api;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "A value an observation has had; the current one has no supersededAt")
public record HistoryEntry(
        @Schema(required = true, description = "The value, with the digits it was recorded with",
                example = "1069000000")
        BigDecimal value,
        @Schema(required = true, nullable = true, description = "Where the value came from; null when not given",
                example = "SEC EDGAR 10-K 0001045810-24-000029 (filed 2024-02-21), "
                        + "us-gaap:PaymentsToAcquireProductiveAssets")
        String source,
        @Schema(required = true, description = "When this value was recorded") Instant recordedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "When a newer value replaced it; left out for the current value") Instant supersededAt,
        @Schema(required = true, description = "Whether this is the value in force") boolean current) {
}
