package io.thesiswatch.alert.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which email an email outbox row sends: an alert (for DAILY subscribers, part of a digest), a confirmation, or the
 * notice to a webhook's owner that it was disabled.
 */
@Schema(name = "DeliveryKind", description = "Which email a delivery sends: an ALERT (part of a digest for DAILY "
        + "subscribers), the sign-up CONFIRMATION, or WEBHOOK_DISABLED, telling a webhook's owner that it was "
        + "disabled after failing again and again")
public enum EmailKind {
    ALERT, CONFIRMATION, WEBHOOK_DISABLED
}
