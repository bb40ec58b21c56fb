package io.thesiswatch.company.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

class ReactiveUrlFromJdbcUrlTest {

    private static SmallRyeConfig configOf(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withInterceptors(new ReactiveUrlFromJdbcUrl())
                .build();
    }

    private static Optional<String> reactiveUrl(Map<String, String> properties) {
        return configOf(properties).getOptionalValue(ReactiveUrlFromJdbcUrl.REACTIVE_URL, String.class);
    }

    @Test
    void theReactiveClientTakesTheJdbcUrlsAddress() {
        assertEquals(Optional.of("postgresql://db.internal:5432/company"),
                reactiveUrl(Map.of(ReactiveUrlFromJdbcUrl.JDBC_URL, "jdbc:postgresql://db.internal:5432/company")));
    }

    @Test
    void aJdbcUrlWithParametersOrSeveralHostsIsNotCarriedOver() {
        // JDBC's sslmode=require checks no certificate, the non-blocking client's does: the deployment must choose
        assertTrue(reactiveUrl(Map.of(ReactiveUrlFromJdbcUrl.JDBC_URL,
                "jdbc:postgresql://db.internal:5432/company?sslmode=require")).isEmpty());
        assertTrue(reactiveUrl(Map.of(ReactiveUrlFromJdbcUrl.JDBC_URL,
                "jdbc:postgresql://primary:5432,standby:5432/company")).isEmpty());
    }

    @Test
    void aReactiveUrlSetOnItsOwnWins() {
        assertEquals(Optional.of("postgresql://replica:5432/company"), reactiveUrl(Map.of(
                ReactiveUrlFromJdbcUrl.JDBC_URL, "jdbc:postgresql://primary:5432/company",
                ReactiveUrlFromJdbcUrl.REACTIVE_URL, "postgresql://replica:5432/company")));
    }

    @Test
    void withoutAJdbcUrlThereIsNone() {
        assertTrue(reactiveUrl(Map.of()).isEmpty());
        assertTrue(reactiveUrl(Map.of(ReactiveUrlFromJdbcUrl.JDBC_URL, "not-a-jdbc-url")).isEmpty());
    }

    @Test
    void withoutAnAddressForTheNonBlockingClientTheServiceRefusesToStart() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> new ReactiveUrlRequired(
                configOf(Map.of(ReactiveUrlFromJdbcUrl.JDBC_URL, "jdbc:postgresql://db:5432/company?ssl=true"))));
        assertTrue(refusal.getMessage().startsWith("Set QUARKUS_DATASOURCE_REACTIVE_URL"), refusal.getMessage());
        new ReactiveUrlRequired(configOf(Map.of(ReactiveUrlFromJdbcUrl.JDBC_URL, "jdbc:postgresql://db:5432/company")));
    }
}
