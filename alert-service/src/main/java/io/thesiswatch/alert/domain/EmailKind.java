package io.thesiswatch.alert.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which email an email outbox row sends: an alert (for DAILY subscribers, part of a digest), a confirmation, or the
 * notice to a webhook's owner that it was disabled.
 */
@Schema(name = "DeliveryKind", description = "Which email a delivery sends: an ALERT (part of a digest for DAILY "
        + "subscribers), a REMINDER that a trigger still fires after a mute or snooze that suppressed its alert "
        + "ended, the sign-up CONFIRMATION, KNOWN_ADDRESS (a sign-up of an address that is already subscribed), or "
        + "WEBHOOK_DISABLED, telling a webhook's owner that it was disabled after failing again and again")
public enum EmailKind {
    ALERT, REMINDER, CONFIRMATION, KNOWN_ADDRESS, WEBHOOK_DISABLED
}
