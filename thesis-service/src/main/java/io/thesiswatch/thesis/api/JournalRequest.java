package io.thesiswatch.thesis.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JournalRequest")
public record JournalRequest(
        @NotBlank @Size(max = 10000) @Schema(example = "Q3 capex guidance raised again.") String note) {
}
