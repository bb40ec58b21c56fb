package io.thesiswatch.alert.domain;

/** What happened to a trigger. */
public enum EventKind {
    FIRED, RESOLVED
}
