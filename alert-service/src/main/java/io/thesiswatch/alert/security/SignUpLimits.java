package io.thesiswatch.alert.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.common.problem.TooManyRequestsException;

/**
 * Keeps sign-up from being used to bomb an inbox: at most so many sign-ups an hour from one client
 * (counted in this replica), on top of the per-address limit the database enforces across replicas.
 */
@ApplicationScoped
public class SignUpLimits {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final int perClient;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    @Inject
    public SignUpLimits(AlertConfig config) {
        this(config.signup().maxPerClientPerHour(), Clock.systemUTC());
    }

    SignUpLimits(int perClient, Clock clock) {
        this.perClient = perClient;
        this.clock = clock;
    }

    /** Counts a sign-up from this client, or fails with 429 when it has made too many this hour. */
    public void admit(String client) {
        Instant now = clock.instant();
        if (recent.size() > MAX_TRACKED_CLIENTS) {
            recent.clear();
        }
        Deque<Instant> times = recent.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perClient) {
                Duration untilOldestLeaves = Duration.between(now, times.peekFirst().plus(WINDOW));
                throw new TooManyRequestsException("Too many sign-ups from this client; try again within the hour",
                        untilOldestLeaves);
            }
            times.addLast(now);
        }
    }
}
