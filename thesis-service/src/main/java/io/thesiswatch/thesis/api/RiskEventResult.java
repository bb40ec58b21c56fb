package io.thesiswatch.thesis.api;

import io.thesiswatch.thesis.domain.ThesisStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskEventResult", description = "What reporting a trigger event did")
public record RiskEventResult(
        @Schema(required = true, description = "false when this eventId had been recorded before (nothing changed)")
        boolean recorded,
        @Schema(required = true) ThesisStatus thesisStatus) {
}
