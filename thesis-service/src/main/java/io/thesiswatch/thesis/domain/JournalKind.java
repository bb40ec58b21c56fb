package io.thesiswatch.thesis.domain;

/** What a journal entry records. */
public enum JournalKind {
    NOTE, TRIGGER_FIRED, TRIGGER_RESOLVED
}
