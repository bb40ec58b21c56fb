package io.thesiswatch.company.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpsertResult", description = "What a batch of observations changed")
public record UpsertResult(
        @Schema(required = true, description = "New observations", example = "1") int inserted,
        @Schema(required = true, description = "Observations whose value or source changed (previous value kept in "
                + "history)", example = "0") int updated,
        @Schema(required = true, description = "Rows equal to what was stored", example = "0") int unchanged) {
}
