package io.thesiswatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.thesiswatch.devinfra.PostgresServer;

/**
 * Points the service under test at a fresh database on a real PostgreSQL server: one throwaway server per
 * JVM, started on first use and stopped when the JVM exits.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer server;

    @Override
    public Map<String, String> start() {
        String database = "test_" + DATABASES.incrementAndGet();
        PostgresServer shared = sharedServer();
        shared.createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", shared.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    @Override
    public void stop() {
        // the server is shared by every test of this JVM and stops when the JVM exits
    }

    private static synchronized PostgresServer sharedServer() {
        if (server == null) {
            try {
                server = PostgresServer.builder().durable(false).setting("max_connections", "300").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            PostgresServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data folder goes with it
                }
            }, "embedded-postgres-shutdown"));
        }
        return server;
    }
}
