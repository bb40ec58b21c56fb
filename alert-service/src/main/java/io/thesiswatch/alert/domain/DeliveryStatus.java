package io.thesiswatch.alert.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an outbox row stands: DROPPED when its subscriber left before it was sent, SUPPRESSED when held back. */
@Schema(description = "Where an email stands: PENDING until sent (retried with a growing delay), SENT, FAILED once "
        + "every attempt failed, DROPPED when its subscriber left before it was sent, SUPPRESSED when "
        + "it was not sent because the subscription was muted or the trigger snoozed (it becomes a REMINDER if the "
        + "trigger still fires when that ends)")
public enum DeliveryStatus {
    PENDING, SENT, FAILED, DROPPED, SUPPRESSED
}
