package io.thesiswatch.thesis.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.thesiswatch.thesis.domain.JournalKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JournalEntry")
public record JournalEntryResponse(
        long id,
        UUID thesisId,
        @Schema(example = "NOTE") JournalKind kind,
        @Schema(description = "Written by the system for a trigger event") boolean system,
        @Schema(example = "Q3 capex guidance raised again.") String note,
        String author,
        UUID triggerId,
        @Schema(example = "5.2") BigDecimal value,
        @Schema(example = "2025") String period,
        Instant createdAt) {
}
