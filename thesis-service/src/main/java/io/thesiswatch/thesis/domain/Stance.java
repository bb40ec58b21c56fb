package io.thesiswatch.thesis.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which way the thesis bets. */
@Schema(description = "Which way the thesis bets")
public enum Stance {
    LONG, SHORT, WATCH
}
