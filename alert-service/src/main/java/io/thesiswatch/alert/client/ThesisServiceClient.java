package io.thesiswatch.alert.client;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * thesis-service as alert-service sees it. Timeouts and retries guard every call; failures reach the
 * caller, who decides what they mean (a check marks triggers ERROR, a sign-up answers 503).
 */
@ApplicationScoped
public class ThesisServiceClient {

    private final ThesisRestApi api;

    public ThesisServiceClient(@RestClient ThesisRestApi api) {
        this.api = api;
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS)
    /**
     * A page of the enabled triggers with ids after {@code after} through {@code through} (null: open), snoozed ones
     * included: they are checked, their alerts held back.
     */
    public ThesisWire.TriggerPage enabledTriggers(UUID after, UUID through, int page, int size) {
        return api.triggers(true, true, after, through, page, size);
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    /** The ids that cut the enabled triggers (snoozed ones included) into ranges of about {@code size}. */
    public ThesisWire.TriggerRanges enabledTriggerRanges(int size) {
        return api.triggerRanges(true, size);
    }

    /** The thesis, or empty when thesis-service says it does not exist. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    public Optional<ThesisWire.Thesis> thesis(UUID id) {
        return unlessMissing(() -> api.thesis(id));
    }

    /** A trigger by id, whatever its thesis, or empty when thesis-service says it does not exist. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    public Optional<ThesisWire.Trigger> trigger(UUID id) {
        return unlessMissing(() -> api.trigger(id));
    }

    private static <T> Optional<T> unlessMissing(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The longest {@link #reportRiskEvent} takes: its timeout (one attempt, no retry; the outbox retries). */
    public static final Duration LONGEST_REPORT = Duration.ofSeconds(5);

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void reportRiskEvent(UUID thesisId, ThesisWire.RiskEvent event) {
        api.riskEvent(thesisId, event);
    }
}
