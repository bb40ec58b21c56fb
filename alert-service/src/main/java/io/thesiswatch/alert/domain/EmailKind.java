package io.thesiswatch.alert.domain;

/** What an outbox row sends. */
public enum DeliveryKind {
    ALERT, CONFIRMATION
}
