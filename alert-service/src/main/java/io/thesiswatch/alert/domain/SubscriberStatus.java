package io.thesiswatch.alert.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PENDING until the confirmation link is followed; only ACTIVE subscribers get alerts. */
@Schema(description = "PENDING until the emailed confirmation link is followed, then ACTIVE; UNSUBSCRIBED after "
        + "the unsubscribe link; ERASED once they deleted their data (address and name are gone). Only ACTIVE "
        + "subscribers get alerts")
public enum SubscriberStatus {
    PENDING, ACTIVE, UNSUBSCRIBED, ERASED
}
