package io.thesiswatch.thesis.client;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.identity.NeighbourUnavailable;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * company-service as thesis-service sees it: one call tells which codes exist and what periods their series have.
 * Timeouts, retries and a circuit breaker guard the call; when company-service cannot answer, callers get a 503
 * problem.
 */
@ApplicationScoped
public class CompanyServiceClient {

    private static final Logger LOG = Logger.getLogger(CompanyServiceClient.class);

    private final CompanyRestApi api;

    public CompanyServiceClient(@RestClient CompanyRestApi api) {
        this.api = api;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public CatalogWire.Response lookup(Collection<String> subjects, Collection<String> metrics,
            Collection<CatalogWire.SeriesQuery> series) {
        return api.lookup(new CatalogWire.Request(List.copyOf(subjects), List.copyOf(metrics), List.copyOf(series)));
    }

    CatalogWire.Response unavailable(Collection<String> subjects, Collection<String> metrics,
            Collection<CatalogWire.SeriesQuery> series, Throwable cause) {
        LOG.warnf("company-service lookup failed: %s", cause.toString());
        throw NeighbourUnavailable.of("company-service", cause);
    }
}
