package io.thesiswatch.contract;

/** How serious a fired trigger is; ordered, so a subscriber can ask for a minimum. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public boolean atLeast(Severity minimum) {
        return compareTo(minimum) >= 0;
    }
}
