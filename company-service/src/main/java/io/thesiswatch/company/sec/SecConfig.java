package io.thesiswatch.company.sec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How SEC EDGAR companyfacts map to metrics, and where and when they are fetched. */
@ConfigMapping(prefix = "company.sec")
public interface SecConfig {

    /** Per metric code, the us-gaap concepts that feed it, in order of preference. */
    Map<String, List<String>> concepts();

    /** Per subject code, its SEC CIK (for fetching). */
    Map<String, String> ciks();

    Fetch fetch();

    interface Fetch {
        /** Base of the SEC API, e.g. https://data.sec.gov. */
        @WithDefault("https://data.sec.gov")
        String baseUrl();

        /** The SEC asks for a User-Agent naming the requester and a contact address. */
        Optional<String> userAgent();

        /** Cron of the scheduled fetch of every configured CIK; {@code off} by default. */
        @WithDefault("off")
        String cron();
    }
}
