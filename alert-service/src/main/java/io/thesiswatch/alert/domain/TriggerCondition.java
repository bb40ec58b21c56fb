package io.thesiswatch.alert.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The visible state of a trigger after a check. */
@Schema(description = "A trigger's state after a check: OK, FIRING, NO_DATA (too few periods to judge) or ERROR "
        + "(its data could not be fetched)")
public enum TriggerCondition {
    OK, FIRING, NO_DATA, ERROR
}
