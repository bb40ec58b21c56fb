package io.thesiswatch.devinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @Test
    void keepsItsDatabasesAndTheirDataInTheDataDirectoryBetweenRuns(@TempDir Path data) throws Exception {
        try (PostgresServer server = PostgresServer.builder().dataDirectory(data).databases(List.of("company", "alert"))
                .start()) {
            assertTrue(server.jdbcUrl("company").endsWith(":" + server.port() + "/company"), server.jdbcUrl("company"));
            execute(server, "alert", "CREATE TABLE kept (id int)");
        }
        try (PostgresServer again = PostgresServer.builder().dataDirectory(data).databases(List.of("company", "alert"))
                .start()) {
            execute(again, "alert", "INSERT INTO kept VALUES (1)");
        }
    }

    @Test
    void aDurableServerWaitsForTheDiskOnEveryCommit(@TempDir Path data) throws Exception {
        try (PostgresServer server = PostgresServer.builder().dataDirectory(data).durable(true)
                .databases(List.of("alert")).start()) {
            assertEquals("on", show(server, "alert", "fsync"));
            assertEquals("on", show(server, "alert", "synchronous_commit"));
        }
    }

    @Test
    void aThrowawayServerMakesDatabasesOnDemandAndRunsWithoutFsync() throws Exception {
        try (PostgresServer server = PostgresServer.builder().durable(false).setting("max_connections", "300")
                .start()) {
            server.createDatabase("test_1");
            server.createDatabase("test_1");

            assertEquals("off", show(server, "test_1", "fsync"));
            assertEquals("300", show(server, "test_1", "max_connections"));
            assertThrows(IllegalArgumentException.class, () -> server.createDatabase("bad; DROP"));
        }
    }

    @Test
    void refusesToStartOnAPortThatSomethingElseListensOn(@TempDir Path data) throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            IOException refused = assertThrows(IOException.class, () -> PostgresServer.builder().dataDirectory(data)
                    .port(other.getLocalPort()).start().close());
            assertTrue(refused.getMessage().startsWith("Port " + other.getLocalPort() + " on "), refused.getMessage());
        }
    }

    private static void execute(PostgresServer server, String database, String sql) throws SQLException {
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String show(PostgresServer server, String database, String setting) throws SQLException {
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
