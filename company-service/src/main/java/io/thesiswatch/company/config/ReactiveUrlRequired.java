package io.thesiswatch.company.config;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start without an address for the non-blocking client (single-series reads), rather than answer every
 * such read with an error: the JDBC URL had parameters or several hosts, so it was not carried over
 * ({@link ReactiveUrlFromJdbcUrl}).
 */
@Singleton
@Startup
public class ReactiveUrlRequired {

    public ReactiveUrlRequired(Config config) {
        if (config.getOptionalValue(ReactiveUrlFromJdbcUrl.REACTIVE_URL, String.class).isEmpty()) {
            throw new IllegalStateException("Set QUARKUS_DATASOURCE_REACTIVE_URL ("
                    + ReactiveUrlFromJdbcUrl.REACTIVE_URL + ") for company-service's series reads, e.g. "
                    + "postgresql://db:5432/company?sslmode=verify-full: it is taken from the JDBC URL only when that "
                    + "has no parameters and one host");
        }
    }
}
