package io.thesiswatch.company.domain;

/** How a series is derived from the observations. */
public enum Transform {
    /** The observations themselves. */
    VALUE,
    /** Percent change against the same period one year earlier. */
    YOY_PCT,
    /** Percent change against the previous period of the same kind. */
    POP_PCT,
    /** Percent change against {@code window} periods earlier. */
    CHANGE_PCT
}
