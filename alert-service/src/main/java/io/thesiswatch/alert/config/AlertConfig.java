package io.thesiswatch.alert.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "alert")
public interface AlertConfig {

    /** Base of the confirm and unsubscribe links in emails, as subscribers reach this service. */
    String publicBaseUrl();

    /** Whether {@link #publicBaseUrl()} may be http (development on one machine); https otherwise. */
    @WithDefault("false")
    boolean linksAllowHttp();

    /** Key that signs the links' tokens (HMAC-SHA256). */
    String tokenSecret();

    Check check();

    Delivery delivery();

    Digest digest();

    Tokens tokens();

    Signup signup();

    Webhooks webhooks();

    Metrics metrics();

    interface Metrics {
        /** How often the database's figures of /q/metrics (outbox backlog, trigger states) are read again. */
        @WithDefault("15s")
        String refresh();
    }

    interface Webhooks {
        /**
         * Destinations webhooks may reach although they are loopback, private, link-local or otherwise internal:
         * CIDRs such as {@code 127.0.0.0/8} (none by default; set by ALERT_WEBHOOKS_ALLOWED_DESTINATIONS).
         */
        Optional<List<String>> allowedDestinations();

        /** Whether plain {@code http} URLs are accepted (the local stack and tests); production takes https only. */
        @WithDefault("false")
        boolean allowHttp();

        /** How long one delivery attempt may take, connection and answer included. */
        @WithDefault("PT15S")
        Duration timeout();

        /** After this many failed attempts in a row an endpoint is disabled and its owner is told by email. */
        @WithDefault("10")
        int disableAfterFailures();

        /** How long the previous secret still signs after a rotation, beside the new one. */
        @WithDefault("P1D")
        Duration secretOverlap();
    }

    interface Signup {
        /** Emails answering sign-ups (confirmations, known-address notes) one address may get in a day. */
        @WithDefault("3")
        int maxPerAddressPerDay();

        /**
         * Sign-ups one client (its address, or the one a trusted proxy forwards) may make in an hour, all replicas
         * together.
         */
        @WithDefault("20")
        int maxPerClientPerHour();
    }

    interface Check {
        /** Cron of the scheduled check; {@code off} disables it. */
        String cron();

        /** Triggers read per page and series asked per request. */
        @WithDefault("1000")
        int batchSize();

        /**
         * How long a check may run. A run still unfinished after this is FAILED: it stops at its next page, and a
         * run whose replica died or lost the database is marked so by the next sweep of any replica.
         */
        @WithDefault("PT10M")
        Duration deadline();

        /** How often each replica looks for runs left unfinished past their deadline. */
        @WithDefault("30s")
        String sweepInterval();

        /** Triggers per work item: a run is cut into ranges of trigger ids of about this many triggers. */
        @WithDefault("1000")
        int itemSize();

        /**
         * How long a replica holds a work item it has claimed; an item whose replica died is claimed again after
         * this. Longer than evaluating an item takes, with its neighbours' timeouts and retries.
         */
        @WithDefault("PT2M")
        Duration itemLease();

        /** How often each replica looks for work items of a running check to take. */
        @WithDefault("2s")
        String pollInterval();
    }

    interface Delivery {
        /** How often the outbox is drained. */
        String interval();

        @WithDefault("20")
        int batchSize();

        /** After this many failed attempts a row is FAILED. */
        @WithDefault("8")
        int maxAttempts();

        /** First retry delay; doubles with each attempt. */
        @WithDefault("PT10S")
        Duration backoff();

        @WithDefault("PT1H")
        Duration maxBackoff();

        /**
         * How long a worker keeps the rows it has claimed. A worker starts a send only if the send, at its longest
         * (the mailer's timeout), ends within the lease; the rows of a worker that died are taken over when it ends.
         */
        @WithDefault("PT2M")
        Duration lease();
    }

    interface Digest {
        /** When the digest sweep runs (hourly); a subscriber's digest goes at the first sweep after their hour. */
        String cron();
    }

    interface Tokens {
        @WithDefault("P7D")
        Duration confirmTtl();

        @WithDefault("P365D")
        Duration unsubscribeTtl();
    }
}
