package io.thesiswatch.alert.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a check run stands. */
@Schema(description = "Where a check run stands: RUNNING; COMPLETED, every trigger of the feed was evaluated (some may "
        + "be in ERROR, see problem); FAILED, the run did not get through the feed (unreadable feed, service "
        + "stopping, database lost, or still unfinished at its deadline; see problem)")
public enum CheckStatus {
    RUNNING, COMPLETED, FAILED
}
