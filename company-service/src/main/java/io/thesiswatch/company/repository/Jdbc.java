package io.thesiswatch.company.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.sql.SQLException;
import java.util.Collection;

/** Small helpers for the set-based statements (PostgreSQL arrays with unnest) used on the hot paths. */
final class Jdbc {

    private Jdbc() {
    }

    static Array bigints(Connection connection, Collection<Long> values) throws SQLException {
        return connection.createArrayOf("bigint", values.toArray());
    }

    static Array ints(Connection connection, Collection<Integer> values) throws SQLException {
        return connection.createArrayOf("integer", values.toArray());
    }

    static Array texts(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    static Array dates(Connection connection, Collection<LocalDate> values) throws SQLException {
        return connection.createArrayOf("date", values.stream().map(d -> d == null ? null : Date.valueOf(d)).toArray());
    }

    static Array booleans(Connection connection, Collection<Boolean> values) throws SQLException {
        return connection.createArrayOf("boolean", values.toArray());
    }

    static Array numerics(Connection connection, Collection<?> values) throws SQLException {
        return connection.createArrayOf("numeric", values.toArray());
    }
}
