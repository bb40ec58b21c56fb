package io.thesiswatch.company.config;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * The database's address is configured once, as the JDBC URL (QUARKUS_DATASOURCE_JDBC_URL, as for every service):
 * the non-blocking client that reads single series takes the same address without its {@code jdbc:} prefix, unless
 * {@code quarkus.datasource.reactive.url} is set on its own. A JDBC URL with parameters is not carried over: the two
 * clients read parameters differently (JDBC's {@code sslmode=require} does not check the server's certificate, the
 * non-blocking client does; most JDBC parameters it ignores), so such a deployment sets the reactive URL itself
 * ({@link ReactiveUrlRequired} says so at start).
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
        if (jdbc == null || !derivable(jdbc.getValue())) {
            return null;
        }
        return jdbc.withName(REACTIVE_URL).withValue(jdbc.getValue().substring(JDBC_PREFIX.length()));
    }

    /** A plain {@code jdbc:postgresql://host:port/db}: no parameters, one host. */
    static boolean derivable(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith(JDBC_PREFIX) && !jdbcUrl.contains("?")
                && !jdbcUrl.contains(",");
    }
}
