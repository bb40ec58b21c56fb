package io.thesiswatch.company.sec;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportJob", description = "An import running in the background, and how far it got")
public record ImportJob(
        UUID id,
        @Schema(example = "NVDA") String subject,
        @Schema(example = "RUNNING") Status status,
        @Schema(description = "The latest step", example = "CAPEX: 37 values") String progress,
        Instant submittedAt,
        Instant finishedAt,
        @Schema(description = "Set when SUCCEEDED") ImportReport report,
        @Schema(description = "Why it FAILED; nothing was stored") String error) {

    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    ImportJob with(Status newStatus, String newProgress) {
        return new ImportJob(id, subject, newStatus, newProgress, submittedAt, finishedAt, report, error);
    }

    ImportJob succeeded(ImportReport result) {
        return new ImportJob(id, subject, Status.SUCCEEDED, "done", submittedAt, Instant.now(), result, null);
    }

    ImportJob failed(String why) {
        return new ImportJob(id, subject, Status.FAILED, progress, submittedAt, Instant.now(), null, why);
    }
}
