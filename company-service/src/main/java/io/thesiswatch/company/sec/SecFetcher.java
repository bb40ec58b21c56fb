package io.thesiswatch.company.sec;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.thesiswatch.common.problem.ConflictException;
import io.thesiswatch.common.schedule.TickClaims;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.UpstreamUnavailableException;
import org.jboss.logging.Logger;

/**
 * Fetches companyfacts from the SEC (or any server with its API) for companies with a configured CIK,
 * on demand or on a schedule (off by default). The SEC requires a User-Agent that names the requester.
 */
@Startup
@ApplicationScoped
public class SecFetcher {

    private static final Logger LOG = Logger.getLogger(SecFetcher.class);

    static final String SCHEDULED_FETCH = "sec-companyfacts-fetch";

    private final SecConfig config;
    private final SecImportService imports;
    private final TickClaims ticks;
    private final Counter imported;
    private final Counter failedImports;

    public SecFetcher(SecConfig config, SecImportService imports, TickClaims ticks, MeterRegistry registry) {
        this.config = config;
        this.ticks = ticks;
        this.imports = imports;
        this.imported = importCounter(registry, "imported");
        this.failedImports = importCounter(registry, "failed");
    }

    /** Scheduled SEC imports by result, on /q/metrics as thesiswatch_sec_imports_total (0 from the start). */
    private static Counter importCounter(MeterRegistry registry, String result) {
        return Counter.builder("thesiswatch.sec.imports").description("Scheduled SEC companyfacts imports by result")
                .tag("result", result).register(registry);
    }

    public ImportReport fetch(String subject) {
        imports.requireCompany(subject);
        String cik = config.ciks().get(subject);
        if (cik == null) {
            throw InvalidInputException.of("subject", "has no SEC CIK configured (company.sec.ciks." + subject + ")");
        }
        String userAgent = config.fetch().userAgent().filter(s -> !s.isBlank()).orElseThrow(() -> new ConflictException(
                "Fetching from the SEC is not configured: set company.sec.fetch.user-agent "
                        + "(COMPANY_SEC_FETCH_USER_AGENT) to a name and contact address, as the SEC requires"));
        String digits = cik.replaceAll("\\D", "");
        URI uri = URI.create(config.fetch().baseUrl().replaceAll("/+$", "") + "/api/xbrl/companyfacts/CIK"
                + "0".repeat(Math.max(0, 10 - digits.length())) + digits + ".json");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                .header("User-Agent", userAgent).header("Accept", "application/json").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = SecHttp.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UpstreamUnavailableException("The SEC API (" + uri.getHost() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailableException("The SEC API", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new UpstreamUnavailableException("The SEC API (HTTP " + response.statusCode() + " for CIK "
                        + digits + ")", null);
            }
            return imports.importFacts(subject, body, step -> LOG.debugf("SEC import of %s: %s", subject, step));
        } catch (IOException e) {
            throw new UpstreamUnavailableException("The SEC API", e);
        }
    }

    /** The scheduled fetch: on one replica only, the one that claims the tick. */
    @Scheduled(identity = SCHEDULED_FETCH, cron = "{company.sec.fetch.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledFetch(ScheduledExecution execution) {
        if (ticks.claim(SCHEDULED_FETCH, execution.getScheduledFireTime())) {
            fetchAll();
        } else {
            LOG.debugf("SEC fetch of %s: another replica has it", execution.getScheduledFireTime());
        }
    }

    /** Fetches every configured company; one failure does not stop the others. */
    void fetchAll() {
        List<String> failed = new ArrayList<>();
        for (String subject : config.ciks().keySet()) {
            try {
                ImportReport report = fetch(subject);
                LOG.infof("SEC companyfacts of %s imported: %s", subject, report.metrics());
                imported.increment();
            } catch (RuntimeException e) {
                LOG.warnf("SEC companyfacts of %s not imported: %s", subject, e.getMessage());
                failed.add(subject);
                failedImports.increment();
            }
        }
        if (!failed.isEmpty()) {
            LOG.warnf("Scheduled SEC fetch: %d of %d companies failed: %s", failed.size(), config.ciks().size(),
                    failed);
        }
    }

    /**
     * Built on the first fetch, not at start: a client's TLS set-up takes a noticeable part of a start on a small
     * container, and most deployments never fetch from the SEC.
     */
    private static final class SecHttp {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }
}
