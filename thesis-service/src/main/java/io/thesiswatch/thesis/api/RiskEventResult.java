package io.thesiswatch.thesis.api;

import io.thesiswatch.thesis.domain.ThesisStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskEventResult")
public record RiskEventResult(
        @Schema(description = "false when this eventId had been recorded before") boolean recorded,
        @Schema(example = "AT_RISK") ThesisStatus thesisStatus) {
}
