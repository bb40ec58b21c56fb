package io.thesiswatch.alert.domain;

/** How serious a trigger is; ordered, so that a subscriber can ask for a minimum. */
public enum Severity {
    INFO, WARNING, CRITICAL
}
