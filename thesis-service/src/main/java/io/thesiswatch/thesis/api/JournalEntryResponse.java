package io.thesiswatch.thesis.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.thesiswatch.thesis.domain.JournalKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JournalEntry", description = "A dated note on a thesis: a person's, or the system's for a trigger "
        + "event. triggerId, value and period are left out where they do not apply")
public record JournalEntryResponse(
        @Schema(required = true, description = "Increasing across all journals", example = "42") long id,
        @Schema(required = true) UUID thesisId,
        @Schema(required = true) JournalKind kind,
        @Schema(required = true, description = "true when written by the system for a trigger event") boolean system,
        @Schema(required = true, description = "The note, possibly on several lines",
                example = "Q3 capex guidance raised again.") String note,
        @Schema(required = true, description = "Who wrote it: the token's name, or thesis-watch for a trigger event",
                example = "ana@example.com") String author,
        @Schema(description = "The trigger of a trigger event; left out on a person's note") UUID triggerId,
        @Schema(description = "The value the trigger event saw; left out when none was reported", example = "5.2")
        BigDecimal value,
        @Schema(description = "The period of that value (2025, 2025-Q1, 2025-07); left out when none was reported",
                example = "2025") String period,
        @Schema(required = true, description = "When it was written, or when the trigger event was observed")
        Instant createdAt) {
}
