package io.thesiswatch.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionOrAServerShuttingDownIsTheDatabaseOutOfReach() {
        assertTrue(DatabaseUnavailableException.explains(new PersistenceException("flush failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(DatabaseUnavailableException.explains(new IllegalStateException(new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailableException.explains(new SQLException("too many clients", "53300")));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(DatabaseUnavailableException.explains(new PersistenceException(new SQLException(
                "duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseUnavailableException.explains(new IllegalStateException("no database at all")));
    }

    @Test
    void theAnswerIs503WithRetryAfter() {
        DatabaseUnavailableException e = new DatabaseUnavailableException(new SQLException("gone", "08006"));
        assertEquals(503, e.status());
        assertEquals(5, e.retryAfter().orElseThrow().toSeconds());
    }
}
