package io.thesiswatch.alert.domain;

/** PENDING until the confirmation link is followed; only ACTIVE subscribers get alerts. */
public enum SubscriberStatus {
    PENDING, ACTIVE, UNSUBSCRIBED
}
