package io.thesiswatch.alert.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DigestRun")
public record DigestRunResponse(
        @Schema(description = "Digest emails sent", example = "3") int emails,
        @Schema(description = "Events they carried", example = "7") int events) {
}
