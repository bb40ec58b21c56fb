package io.thesiswatch.thesis.api;

public enum RiskEventKind {
    FIRED, RESOLVED
}
