package io.thesiswatch.alert.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which email an email outbox row sends: an alert (for DAILY subscribers, part of a digest) or a confirmation. */
@Schema(name = "DeliveryKind", description = "Which email a delivery sends: an ALERT (part of a digest for DAILY "
        + "subscribers) or the sign-up CONFIRMATION")
public enum EmailKind {
    ALERT, CONFIRMATION
}
