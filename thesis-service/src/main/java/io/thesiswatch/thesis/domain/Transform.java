package io.thesiswatch.thesis.domain;

/** How a trigger's series is derived (as company-service computes it). */
public enum Transform {
    VALUE, YOY_PCT, POP_PCT, CHANGE_PCT
}
