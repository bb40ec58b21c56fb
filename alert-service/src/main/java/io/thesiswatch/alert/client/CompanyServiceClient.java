package io.thesiswatch.alert.client;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** company-service as alert-service sees it: batch series reads and catalog look-ups. */
@ApplicationScoped
public class CompanyClient {

    private final CompanyServiceApi api;

    public CompanyClient(@RestClient CompanyServiceApi api) {
        this.api = api;
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public CompanyApi.SeriesQueryResponse query(List<CompanyApi.SeriesSpec> series, int last) {
        return api.query(new CompanyApi.SeriesQuery(series, last));
    }

    /** Whether this code is a company or group that company-service knows. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    public boolean subjectExists(String code) {
        return api.lookup(new CompanyApi.LookupRequest(List.of(code), List.of())).subjects().stream()
                .anyMatch(s -> s.code().equals(code));
    }
}
