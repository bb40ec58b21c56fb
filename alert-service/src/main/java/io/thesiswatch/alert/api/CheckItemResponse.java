package io.thesiswatch.alert.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One work item of a check run; the fields that are null are left out of the JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CheckItem", description = "A range of trigger ids of a check run, taken by one replica at a time")
public record CheckItemResponse(
        @Schema(required = true, description = "The item's place in the run, from 1", example = "1") int seq,
        @Schema(required = true, description = "PENDING (nobody holds it), CLAIMED (a replica evaluates it), DONE, "
                + "or FAILED (its triggers could not all be read)", example = "DONE") String status,
        @Schema(description = "The replica that took it last (host/process)", example = "alert-service-7d9f-x2k/1")
        String replica,
        @Schema(required = true, description = "How many times it was claimed (more than 1: a replica's lease "
                + "ended and another one took it over)", example = "1") int attempts,
        @Schema(description = "When it was first claimed") Instant startedAt,
        @Schema(description = "When it was settled") Instant finishedAt,
        @Schema(required = true, description = "Triggers evaluated", example = "1000") int evaluated,
        @Schema(required = true, description = "Triggers that fired", example = "0") int fired,
        @Schema(required = true, description = "Firing triggers that cleared", example = "0") int resolved,
        @Schema(required = true, description = "Triggers with too few periods to judge", example = "0") int noData,
        @Schema(required = true, description = "Triggers whose data could not be fetched", example = "0") int errors,
        @Schema(description = "What went wrong, when something did") String problem) {
}
