package io.thesiswatch.alert.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a subscriber wants alerts: one email per event, or one digest a day. */
@Schema(description = "How a subscriber gets alerts: IMMEDIATE, one email per event; DAILY, one digest a day")
public enum DeliveryMode {
    IMMEDIATE, DAILY
}
