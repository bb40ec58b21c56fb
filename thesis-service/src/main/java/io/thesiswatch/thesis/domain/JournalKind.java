package io.thesiswatch.thesis.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a journal entry records. */
@Schema(description = "What a journal entry records: a person's note, or a trigger firing or clearing")
public enum JournalKind {
    NOTE, TRIGGER_FIRED, TRIGGER_RESOLVED
}
