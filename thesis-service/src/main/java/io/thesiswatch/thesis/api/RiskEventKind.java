package io.thesiswatch.thesis.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether a trigger fired or cleared")
public enum RiskEventKind {
    FIRED, RESOLVED
}
