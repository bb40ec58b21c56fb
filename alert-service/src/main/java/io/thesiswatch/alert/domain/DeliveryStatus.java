package io.thesiswatch.alert.domain;

/** Where an outbox row stands; DROPPED when its subscriber left before it was sent. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED, DROPPED
}
