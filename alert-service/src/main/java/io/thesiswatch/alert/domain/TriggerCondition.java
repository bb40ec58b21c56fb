package io.thesiswatch.alert.domain;

/** The visible state of a trigger after a check. */
public enum TriggerCondition {
    OK, FIRING, NO_DATA, ERROR
}
