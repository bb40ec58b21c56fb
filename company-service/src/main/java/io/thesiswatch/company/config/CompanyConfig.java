package io.thesiswatch.company.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "company")
public interface CompanyConfig {

    Observations observations();

    Series series();

    interface Observations {
        /** Most rows one observation request may carry. */
        @WithDefault("10000")
        int maxBatchRows();
    }

    interface Series {
        /** Most series one batch query may ask for. */
        @WithDefault("1000")
        int maxQuerySeries();
    }
}
