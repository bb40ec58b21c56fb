package io.thesiswatch.thesis.domain;

/** Which way the thesis bets. */
public enum Stance {
    LONG, SHORT, WATCH
}
