package io.thesiswatch.alert.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DigestRun", description = "What one sending of the daily digests did")
public record DigestRunResponse(
        @Schema(required = true, description = "Digest emails sent", example = "3") int emails,
        @Schema(required = true, description = "Events they carried", example = "7") int events) {
}
