package io.thesiswatch.company.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Group")
public record GroupResponse(
        @Schema(example = "BIG6") String code,
        @Schema(example = "The six tech giants") String name,
        @Schema(example = "[\"AAPL\", \"AMZN\", \"GOOGL\", \"META\", \"MSFT\", \"NVDA\"]") List<String> members,
        String description,
        Instant createdAt,
        Instant updatedAt) {
}
