package io.thesiswatch.thesis.domain;

/** Where a thesis stands; AT_RISK is set by a critical trigger firing. */
public enum ThesisStatus {
    ACTIVE, AT_RISK, INVALIDATED, CLOSED
}
