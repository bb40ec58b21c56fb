package io.thesiswatch.faults;

import java.util.HashMap;
import java.util.Map;

/**
 * alert-service's settings for an outbox lease of a few seconds, so that rows claimed by a worker that died are
 * taken over within the test's patience. alert-service refuses a lease no longer than its longest attempt (the
 * mailer's and the webhooks' timeouts, and its 5 s report to thesis-service): 5 s is refused, 6 s is the shortest
 * whole number of seconds it takes, with the timeouts cut to 2 s.
 */
final class ShortLease {

    private ShortLease() {
    }

    /** The environment variables, with these more. */
    static Map<String, String> environment(Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "ALERT_DELIVERY_LEASE", "6S",
                "QUARKUS_MAILER_TIMEOUT", "2s",
                "ALERT_WEBHOOKS_TIMEOUT", "PT2S"));
        environment.putAll(more);
        return environment;
    }
}
