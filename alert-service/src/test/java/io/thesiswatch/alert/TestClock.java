package io.thesiswatch.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

import io.quarkus.arc.Arc;

/**
 * The clock of the tests: the system's, unless a test sets the time (quiet hours, caps, digest hours and mutes are
 * judged by it). Every test that sets it resets it.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    static TestClock get() {
        return Arc.container().instance(TestClock.class).get();
    }

    void set(Instant now) {
        fixed = now;
    }

    void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
