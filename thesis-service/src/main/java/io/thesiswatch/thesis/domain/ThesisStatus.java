package io.thesiswatch.thesis.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a thesis stands; AT_RISK is set by a critical trigger firing. */
@Schema(description = "Where a thesis stands: AT_RISK is set by a critical trigger firing on an ACTIVE thesis")
public enum ThesisStatus {
    ACTIVE, AT_RISK, INVALIDATED, CLOSED
}
