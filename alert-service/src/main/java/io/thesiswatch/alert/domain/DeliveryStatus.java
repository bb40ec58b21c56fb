package io.thesiswatch.alert.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an outbox row stands; DROPPED when its subscriber left before it was sent. */
@Schema(description = "Where an email stands: PENDING until sent (retried with a growing delay), SENT, FAILED once "
        + "every attempt failed, DROPPED when its subscriber left before it was sent")
public enum DeliveryStatus {
    PENDING, SENT, FAILED, DROPPED
}
