package io.thesiswatch.company.api;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "A value an observation has had; the current one has no supersededAt")
public record HistoryEntry(
        @Schema(example = "1069000000") BigDecimal value,
        String source,
        Instant recordedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant supersededAt,
        @Schema(description = "Whether this is the value in force") boolean current) {
}
