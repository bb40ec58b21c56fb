package io.thesiswatch.alert.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import io.thesiswatch.common.problem.TooManyRequestsException;
import org.junit.jupiter.api.Test;

class SignUpLimitsTest {

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aClientGetsItsQuotaPerHourAndThenWaits() {
        MovableClock clock = new MovableClock();
        SignUpLimits limits = new SignUpLimits(2, clock);
        limits.admit("10.0.0.1");
        limits.admit("10.0.0.1");
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        TooManyRequestsException refused = assertThrows(TooManyRequestsException.class, () -> limits.admit("10.0.0.1"));
        assertEquals(Optional.of(Duration.ofMinutes(50)), refused.retryAfter(),
                "until the oldest sign-up is an hour old");
        limits.admit("10.0.0.2");
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        limits.admit("10.0.0.1");
    }
}
