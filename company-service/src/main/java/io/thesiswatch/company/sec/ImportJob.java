package io.thesiswatch.company.sec;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportJob", description = "An import running in the background, and how far it got; fields without "
        + "a value are left out")
public record ImportJob(
        @Schema(required = true, description = "The job's id, as in its Location") UUID id,
        @Schema(required = true, description = "The company the file is about", example = "NVDA") String subject,
        @Schema(required = true, description = "Where the job is") Status status,
        @Schema(required = true, description = "The latest step", example = "CAPEX: 37 values") String progress,
        @Schema(required = true, description = "When it was accepted") Instant submittedAt,
        @Schema(description = "When it SUCCEEDED or FAILED; left out before") Instant finishedAt,
        @Schema(description = "What it read and changed; only when SUCCEEDED") ImportReport report,
        @Schema(description = "Why it FAILED (nothing was stored); only when FAILED",
                example = "body: is not an SEC companyfacts file: it has no 'cik' or no 'facts'") String error) {

    @Schema(name = "ImportJobStatus", description = "QUEUED, RUNNING, then SUCCEEDED or FAILED")
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
