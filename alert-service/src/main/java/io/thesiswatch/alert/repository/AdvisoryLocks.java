package io.thesiswatch.alert.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * PostgreSQL session-level advisory locks, each held by a connection of its own until released: work that
 * spans many transactions stays exclusive across replicas.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private final DataSource dataSource;

    public AdvisoryLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes the lock with this key, or answers empty when another session holds it. */
    public Optional<Held> tryLock(long key) {
        try {
            Connection connection = dataSource.getConnection();
            boolean locked = false;
            try {
                locked = call(connection, "pg_try_advisory_lock", key);
                return locked ? Optional.of(new Held(connection, key)) : Optional.empty();
            } finally {
                if (!locked) {
                    connection.close();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take advisory lock " + key, e);
        }
    }

    /** A lock this process holds; closing it releases the lock and its connection. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;
        private final long key;

        private Held(Connection connection, long key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void close() {
            try (connection) {
                call(connection, "pg_advisory_unlock", key);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not release advisory lock " + key, e);
            }
        }
    }

    private static boolean call(Connection connection, String function, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
