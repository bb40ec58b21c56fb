package io.thesiswatch.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** An embedded PostgreSQL server (binaries from Maven Central) holding one database per service. */
final class Database implements AutoCloseable {

    static final List<String> DATABASES = List.of("company", "thesis", "alert");
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;

    private Database(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts on this port with its data in this folder (kept between runs), creating missing databases. */
    static Database start(Path dataDirectory, int port, Map<String, String> serverConfig)
            throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "200");
        serverConfig.forEach(builder::setServerConfig);
        EmbeddedPostgres server = builder.start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String database : DATABASES) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (!rs.next()) {
                        s.execute("CREATE DATABASE " + database);
                    }
                }
            }
        }
        return new Database(server);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    int port() {
        return server.getPort();
    }

    /** A connection to one of the databases, as the superuser. */
    Connection connect(String database) throws SQLException {
        return server.getDatabase(USER, database).getConnection();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
