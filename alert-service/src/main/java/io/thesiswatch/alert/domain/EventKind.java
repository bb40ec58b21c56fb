package io.thesiswatch.alert.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to a trigger. */
@Schema(description = "What happened to a trigger: FIRED when it crossed its threshold, RESOLVED when it cleared")
public enum EventKind {
    FIRED, RESOLVED
}
