package io.thesiswatch.alert.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CheckRun", description = "One check of every enabled trigger")
public record CheckRunResponse(
        long id,
        @Schema(example = "REQUEST") String origin,
        @Schema(description = "The schedule tick a scheduled run belongs to (one run per tick across replicas)")
        Instant scheduledFor,
        Instant startedAt,
        Instant finishedAt,
        @Schema(example = "12") int evaluated,
        @Schema(example = "1") int fired,
        @Schema(example = "0") int resolved,
        @Schema(example = "0") int noData,
        @Schema(description = "Triggers whose data could not be fetched", example = "0") int errors,
        @Schema(description = "Calls made to the neighbour services", example = "2") int httpCalls,
        @Schema(description = "What went wrong, when something did") String problem) {
}
