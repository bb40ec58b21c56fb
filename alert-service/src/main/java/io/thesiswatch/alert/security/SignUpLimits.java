package io.thesiswatch.alert.security;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.repository.SignUpAttemptRepository;
import io.thesiswatch.common.problem.TooManyRequestsException;

/**
 * Keeps sign-up from being used to bomb inboxes: at most so many sign-ups an hour from one client, counted in the
 * database across replicas, on top of the per-address limit. The client is the address the request came from, or
 * the one a trusted proxy (the Ingress controller, {@code quarkus.http.proxy.trusted-proxies}) forwarded.
 */
@ApplicationScoped
public class SignUpLimits {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perClient;
    private final Clock clock;
    private final SignUpAttemptRepository attempts;

    @Inject
    public SignUpLimits(AlertConfig config, SignUpAttemptRepository attempts) {
        this(config.signup().maxPerClientPerHour(), Clock.systemUTC(), attempts);
    }

    /** A limit on its own clock: tests, and a second replica in them. */
    public SignUpLimits(int perClient, Clock clock, SignUpAttemptRepository attempts) {
        this.perClient = perClient;
        this.clock = clock;
        this.attempts = attempts;
    }

    /** Counts a sign-up from this client, or fails with 429 when it has made too many this hour. */
    public void admit(String client) {
        attempts.admit(client, clock.instant(), perClient, WINDOW).ifPresent(wait -> {
            throw new TooManyRequestsException("Too many sign-ups from this client; try again within the hour", wait);
        });
    }
}
