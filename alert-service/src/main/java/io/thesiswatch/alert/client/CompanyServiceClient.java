package io.thesiswatch.alert.client;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** company-service as alert-service sees it: batch series reads and catalog look-ups, with timeouts and retries. */
@ApplicationScoped
public class CompanyServiceClient {

    private final CompanyRestApi api;

    public CompanyServiceClient(@RestClient CompanyRestApi api) {
        this.api = api;
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public CompanyWire.SeriesQueryResponse query(List<CompanyWire.SeriesSpec> series, int last) {
        return api.query(new CompanyWire.SeriesQuery(series, last));
    }

    /** Whether this code is a company or group that company-service knows. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    public boolean subjectExists(String code) {
        return api.lookup(new CompanyWire.LookupRequest(List.of(code), List.of())).subjects().stream()
                .anyMatch(s -> s.code().equals(code));
    }
}
