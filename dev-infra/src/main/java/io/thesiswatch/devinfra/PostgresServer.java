package io.thesiswatch.devinfra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server from embedded binaries (Maven Central), with the databases it was asked for. */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final EmbeddedPostgres server;

    private PostgresServer(EmbeddedPostgres server) {
        this.server = server;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return server.getPort();
    }

    /** The JDBC URL of one database, without credentials (they are {@link #USER} and {@link #PASSWORD}). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** A connection to one of the databases, as the superuser. */
    public Connection connect(String database) throws SQLException {
        return server.getDatabase(USER, database).getConnection();
    }

    /** Creates the database unless it exists already. */
    public void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = connect("postgres");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** What the server is started with; without a data directory it lives in a temporary one, deleted on close. */
    public static final class Builder {

        private final Map<String, String> settings = new LinkedHashMap<>(Map.of("max_connections", "200"));
        private final List<String> databases = new ArrayList<>();
        private Path dataDirectory;
        private int port;

        private Builder() {
        }

        /** Keeps the data in this folder between runs. */
        public Builder dataDirectory(Path folder) {
            this.dataDirectory = folder;
            return this;
        }

        /** Listens on this port; without one, on a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Creates these databases at start, unless they exist already. */
        public Builder databases(List<String> names) {
            databases.addAll(names);
            return this;
        }

        /**
         * Whether a commit waits for the disk ({@code fsync} and {@code synchronous_commit}). A throwaway
         * server for tests is much faster without; data that is kept between runs needs it.
         */
        public Builder durable(boolean durable) {
            String value = durable ? "on" : "off";
            settings.put("fsync", value);
            settings.put("synchronous_commit", value);
            return this;
        }

        /** A PostgreSQL server setting, as in postgresql.conf. */
        public Builder setting(String name, String value) {
            settings.put(name, value);
            return this;
        }

        public Builder settings(Map<String, String> more) {
            settings.putAll(more);
            return this;
        }

        public PostgresServer start() throws IOException {
            EmbeddedPostgres.Builder embedded = EmbeddedPostgres.builder();
            if (dataDirectory != null) {
                embedded.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port != 0) {
                requireNothingListensOn(port);
                embedded.setPort(port);
            }
            settings.forEach(embedded::setServerConfig);
            PostgresServer server = new PostgresServer(embedded.start());
            try {
                databases.forEach(server::createDatabase);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        }

        /**
         * A server started on a port that another one holds on some of localhost's addresses would come up on the
         * others, and whoever connects to localhost would reach the other server (its data, its users) without a
         * word: refuse to start instead.
         */
        private static void requireNothingListensOn(int port) throws IOException {
            for (InetAddress address : InetAddress.getAllByName("localhost")) {
                if (listens(address, port)) {
                    throw new IOException("Port " + port + " on " + address.getHostAddress() + " is taken (another "
                            + "PostgreSQL server?): stop what listens there or choose another port");
                }
            }
        }

        private static boolean listens(InetAddress address, int port) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(address, port), 1000);
                return true;
            } catch (IOException nothingThere) {
                return false;
            }
        }
    }
}
