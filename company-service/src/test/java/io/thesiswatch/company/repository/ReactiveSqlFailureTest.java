package io.thesiswatch.company.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import io.thesiswatch.common.problem.DatabaseUnavailableException;
import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.junit.jupiter.api.Test;

class ReactiveSqlFailureTest {

    @Test
    void aRefusedUnresolvedLostOrSilentConnectionIsTheDatabaseOutOfReach() {
        SQLException refused = ReactiveSqlFailure.of(new VertxException(new ConnectException("Connection refused")));
        assertEquals("08001", refused.getSQLState());
        assertEquals("08001", ReactiveSqlFailure.of(new UnknownHostException("postgres")).getSQLState());
        assertEquals("08006", ReactiveSqlFailure.of(ClosedConnectionException.INSTANCE).getSQLState());
        assertEquals("08006", ReactiveSqlFailure.of(new TimeoutException("no answer within 5000 ms")).getSQLState());
        assertTrue(DatabaseUnavailableException.explains(new IllegalStateException("read", refused)));
    }

    @Test
    void theServersOwnErrorsKeepTheirSqlState() {
        SQLException shuttingDown = ReactiveSqlFailure.of(new PgException(
                "terminating connection due to administrator command", "FATAL", "57P01", null));
        assertEquals("57P01", shuttingDown.getSQLState());
        assertEquals("terminating connection due to administrator command", shuttingDown.getMessage());
        assertTrue(DatabaseUnavailableException.explains(shuttingDown));

        SQLException badQuery = ReactiveSqlFailure.of(new PgException("syntax error", "ERROR", "42601", null));
        assertEquals("42601", badQuery.getSQLState());
        assertFalse(DatabaseUnavailableException.explains(badQuery), "a bug is a 500, not a 503");
    }

    @Test
    void anythingElseHasNoSqlStateAndStaysAnUnexpectedFailure() {
        SQLException other = ReactiveSqlFailure.of(new IllegalArgumentException("bad row"));
        assertNull(other.getSQLState());
        assertFalse(DatabaseUnavailableException.explains(other));
    }
}
