package io.thesiswatch.company.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "company")
public interface CompanyConfig {

    Observations observations();

    Series series();

    Imports imports();

    interface Observations {
        /** Most rows one observation request may carry. */
        @WithDefault("10000")
        int maxBatchRows();
    }

    interface Imports {
        /** How long a replica holds a background import job while it runs it; renewed at every step. */
        Duration lease();

        /** How often every replica looks for jobs queued, or abandoned by a replica that died. */
        String sweepInterval();
    }

    interface Series {
        /** Most series one batch query may ask for. */
        @WithDefault("1000")
        int maxQuerySeries();

        /**
         * How long a company's single series read (the non-blocking one) waits for a connection and its answer before
         * the database counts as out of reach (503). The client's own connect timeout is a minute, and a connection
         * whose packets the network silently drops would hold the read for as long; JDBC gives up on a connection
         * after 5 s (its acquisition timeout).
         */
        @WithDefault("5s")
        Duration readTimeLimit();
    }
}
