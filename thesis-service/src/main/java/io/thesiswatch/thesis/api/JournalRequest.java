package io.thesiswatch.thesis.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JournalRequest", description = "A note to add to a thesis' journal, written by the caller")
public record JournalRequest(
        @NotBlank @Size(max = 10000)
        @Schema(description = "The note, possibly on several lines (LF or CRLF); leading and trailing white space "
                + "is dropped", example = "Q3 capex guidance raised again.") String note) {
}
