package io.thesiswatch.company.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpsertResult", description = "What a batch of observations changed")
public record UpsertResult(
        @Schema(description = "New observations", example = "12") int inserted,
        @Schema(description = "Observations whose value or source changed (previous value kept in history)", example = "1")
        int updated,
        @Schema(description = "Rows equal to what was stored", example = "0") int unchanged) {
}
