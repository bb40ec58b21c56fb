package io.thesiswatch.alert.service.outbox;

import java.time.Duration;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.thesiswatch.alert.client.ThesisServiceClient;
import io.thesiswatch.alert.config.AlertConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start with an outbox lease too short for one attempt: a worker starts no send that could outlast its
 * lease, so such a lease would send nothing, silently.
 */
@ApplicationScoped
class LeaseSettings {

    private final AlertConfig config;
    private final Duration longestSend;

    LeaseSettings(AlertConfig config, @ConfigProperty(name = "quarkus.mailer.timeout") Duration longestSend) {
        this.config = config;
        this.longestSend = longestSend;
    }

    void check(@Observes StartupEvent started) {
        Duration lease = config.delivery().lease();
        Duration longest = Stream.of(longestSend, ThesisServiceClient.LONGEST_REPORT, config.webhooks().timeout())
                .max(Duration::compareTo).orElseThrow();
        if (lease.compareTo(longest) <= 0) {
            throw new IllegalStateException("alert.delivery.lease (" + lease + ") must be longer than the longest "
                    + "attempt (" + longest + ": quarkus.mailer.timeout, alert.webhooks.timeout, or a report to "
                    + "thesis-service): no outbox row could be sent");
        }
    }
}
