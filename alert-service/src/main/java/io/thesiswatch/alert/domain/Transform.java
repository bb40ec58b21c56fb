package io.thesiswatch.alert.domain;

/** How a series is derived (as company-service computes it). */
public enum Transform {
    VALUE, YOY_PCT, POP_PCT, CHANGE_PCT
}
