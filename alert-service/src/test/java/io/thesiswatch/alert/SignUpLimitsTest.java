package io.thesiswatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.thesiswatch.alert.repository.SignUpAttemptRepository;
import io.thesiswatch.alert.security.SignUpLimits;
import io.thesiswatch.common.problem.TooManyRequestsException;
import org.junit.jupiter.api.Test;

/** Sign-ups per client are counted in the database: two replicas (two limits on one database) share one count. */
@QuarkusTest
class SignUpLimitsTest extends AlertTestSupport {

    @Inject
    SignUpAttemptRepository attempts;

    @Test
    void aClientGetsItsQuotaPerHourWhicheverReplicaItReachesAndThenWaits() {
        TestClock clock = new TestClock();
        clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        SignUpLimits replicaA = new SignUpLimits(2, clock, attempts);
        SignUpLimits replicaB = new SignUpLimits(2, clock, attempts);
        String client = "client-" + UUID.randomUUID();
        replicaA.admit(client);
        replicaB.admit(client);
        clock.set(clock.instant().plus(Duration.ofMinutes(10)));

        TooManyRequestsException refused = assertThrows(TooManyRequestsException.class, () -> replicaA.admit(client));
        assertEquals(Optional.of(Duration.ofMinutes(50)), refused.retryAfter(),
                "until the oldest sign-up is an hour old");
        assertThrows(TooManyRequestsException.class, () -> replicaB.admit(client), "the other replica knows too");
        replicaB.admit("other-" + client);
        clock.set(clock.instant().plus(Duration.ofMinutes(51)));
        replicaA.admit(client);
    }
}
