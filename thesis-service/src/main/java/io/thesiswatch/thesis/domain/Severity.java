package io.thesiswatch.thesis.domain;

/** How serious a fired trigger is; ordered, so a subscriber can ask for a minimum. */
public enum Severity {
    INFO, WARNING, CRITICAL
}
