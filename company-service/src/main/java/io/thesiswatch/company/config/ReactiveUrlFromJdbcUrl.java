package io.thesiswatch.company.config;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * The database's address is configured once, as the JDBC URL (QUARKUS_DATASOURCE_JDBC_URL, as for every service):
 * the non-blocking client that reads single series takes the same address without its {@code jdbc:} prefix, unless
 * {@code quarkus.datasource.reactive.url} is set on its own.
 */
@Priority(Priorities.APPLICATION)
public class ReactiveUrlFromJdbcUrl implements ConfigSourceInterceptor {

    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String JDBC_PREFIX = "jdbc:";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value != null || !REACTIVE_URL.equals(name)) {
            return value;
        }
        ConfigValue jdbc = context.proceed(JDBC_URL);
        if (jdbc == null || jdbc.getValue() == null || !jdbc.getValue().startsWith(JDBC_PREFIX)) {
            return null;
        }
        return jdbc.withName(REACTIVE_URL).withValue(reactiveUrl(jdbc.getValue()));
    }

    /** {@code jdbc:postgresql://host:5432/db?sslmode=require} becomes {@code postgresql://host:5432/db?sslmode=...}. */
    static String reactiveUrl(String jdbcUrl) {
        return jdbcUrl.substring(JDBC_PREFIX.length());
    }
}
