package io.thesiswatch.thesis.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.thesiswatch.thesis.domain.Layer;
import io.thesiswatch.thesis.domain.Stance;
import io.thesiswatch.thesis.domain.ThesisStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Thesis")
public record ThesisResponse(
        UUID id,
        @Schema(example = "The AI infrastructure capex cycle runs through 2027") String title,
        String summary,
        @Schema(example = "LONG") Stance stance,
        @Schema(example = "INFRASTRUCTURE") Layer layer,
        @Schema(example = "[\"NVDA\", \"AVGO\"]") List<String> companies,
        @Schema(example = "4") int conviction,
        @Schema(example = "2027-12-31") LocalDate horizon,
        String owner,
        @Schema(example = "ACTIVE") ThesisStatus status,
        @Schema(description = "Send it back with PUT", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {
}
