package io.thesiswatch.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How serious a fired trigger is; ordered, so a subscriber can ask for a minimum. */
@Schema(description = "How serious a trigger's firing is, in increasing order: INFO, WARNING, CRITICAL (a CRITICAL "
        + "firing puts an ACTIVE thesis AT_RISK).")
public enum Severity {
    INFO, WARNING, CRITICAL;

    public boolean atLeast(Severity minimum) {
        return compareTo(minimum) >= 0;
    }
}
