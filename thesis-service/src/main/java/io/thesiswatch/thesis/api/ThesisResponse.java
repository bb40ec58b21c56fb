package io.thesiswatch.thesis.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.thesiswatch.thesis.domain.Layer;
import io.thesiswatch.thesis.domain.Stance;
import io.thesiswatch.thesis.domain.ThesisStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Thesis", description = "An investment thesis about companies of company-service")
public record ThesisResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "What the thesis claims",
                example = "The AI infrastructure capex cycle runs through 2027") String title,
        @Schema(required = true, nullable = true, description = "Why, possibly on several lines; null when not given",
                example = "Big-6 capex keeps growing; own the picks and shovels.") String summary,
        @Schema(required = true) Stance stance,
        @Schema(required = true) Layer layer,
        @Schema(required = true, description = "Company codes, in the order first given, without repeats",
                example = "[\"NVDA\", \"AVGO\"]") List<String> companies,
        @Schema(required = true, minimum = "1", maximum = "5", description = "1 (low) to 5 (high)", example = "4")
        int conviction,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date",
                description = "When the thesis should have played out; null when not given", example = "2027-12-31")
        LocalDate horizon,
        @Schema(required = true, description = "Who wrote it (the token's name); only they or an admin change it",
                example = "ana@example.com") String owner,
        @Schema(required = true) ThesisStatus status,
        @Schema(required = true, description = "Send it back with PUT; each change adds one", example = "0")
        long version,
        @Schema(required = true, description = "When it was written") Instant createdAt,
        @Schema(required = true, description = "When it last changed") Instant updatedAt) {
}
