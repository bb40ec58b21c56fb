package io.thesiswatch.alert.domain;

/** How a subscriber wants alerts: one email per event, or one digest a day. */
public enum DeliveryMode {
    IMMEDIATE, DAILY
}
