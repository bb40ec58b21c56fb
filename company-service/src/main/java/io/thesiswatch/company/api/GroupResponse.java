package io.thesiswatch.company.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Group", description = "A named set of companies whose additive metrics add up to a group total")
public record GroupResponse(
        @Schema(required = true, example = "BIG6") String code,
        @Schema(required = true, description = "Display name", example = "The six tech giants") String name,
        @Schema(required = true, description = "Codes of the member companies, sorted",
                example = "[\"AAPL\", \"AMZN\", \"GOOGL\", \"META\", \"MSFT\", \"NVDA\"]") List<String> members,
        @Schema(required = true, nullable = true,
                description = "Free text, possibly several lines; null when not given",
                example = "Apple, NVIDIA, Microsoft, Alphabet, Amazon, Meta") String description,
        @Schema(required = true, description = "When it was added") Instant createdAt,
        @Schema(required = true, description = "When it was last changed") Instant updatedAt) {
}
