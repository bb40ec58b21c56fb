package io.thesiswatch.alert.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.thesiswatch.alert.domain.CheckOrigin;
import io.thesiswatch.alert.domain.CheckStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A run; the fields that are null are left out of the JSON (scheduledFor, finishedAt, problem, workItems). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CheckRun", description = "One check of every enabled trigger, with what it found")
public record CheckRunResponse(
        @Schema(required = true, description = "The run's id", example = "42") long id,
        @Schema(required = true) CheckOrigin origin,
        @Schema(description = "The schedule tick a scheduled run belongs to (one run per tick across replicas); "
                + "left out for a run that was asked for") Instant scheduledFor,
        @Schema(required = true, description = "When the run started") Instant startedAt,
        @Schema(required = true) CheckStatus status,
        @Schema(required = true, description = "When the run, if still unfinished, becomes FAILED")
        Instant deadlineAt,
        @Schema(description = "When the run finished; left out while it runs") Instant finishedAt,
        @Schema(required = true, description = "Triggers evaluated", example = "5") int evaluated,
        @Schema(required = true, description = "Triggers that fired", example = "1") int fired,
        @Schema(required = true, description = "Firing triggers that cleared", example = "0") int resolved,
        @Schema(required = true, description = "Triggers with too few periods to judge", example = "0") int noData,
        @Schema(required = true, description = "Triggers whose data could not be fetched", example = "0") int errors,
        @Schema(required = true, description = "Calls made to the neighbour services", example = "2") int httpCalls,
        @Schema(description = "What went wrong, when something did; left out otherwise",
                example = "company-service could not be reached: Connection reset (5 trigger(s) in ERROR)")
        String problem,
        @Schema(description = "How many work items (ranges of trigger ids) the run was cut into; left out until it "
                + "has been", example = "1") Integer items,
        @Schema(description = "Each work item with its progress; only on a single run (GET /checks/{id} and the "
                + "answer of POST /checks)") List<CheckItemResponse> workItems) {
}
