package io.thesiswatch.company.repository;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * A failure of the non-blocking PostgreSQL client as the {@link SQLException} JDBC gives for the same event, so that
 * one rule (the problem mapper's) tells a database out of reach (503) from a bug (500): the server's own errors keep
 * their SQL state; a connection refused, lost or never resolved is state 08001 or 08006, as the JDBC driver has it, and
 * no answer within the read's time limit is 08006 too, what JDBC says when its socket times out.
 */
final class ReactiveSqlFailure {

    /** SQL state: the client could not establish the connection. */
    static final String UNABLE_TO_CONNECT = "08001";
    /** SQL state: an established connection failed. */
    static final String CONNECTION_FAILURE = "08006";

    private ReactiveSqlFailure() {
    }

    static SQLException of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg) {
                return new SQLException(pg.getErrorMessage(), pg.getSqlState(), failure);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return new SQLException(cause.getMessage(), UNABLE_TO_CONNECT, failure);
            }
            if (cause instanceof ClosedConnectionException || cause instanceof TimeoutException) {
                return new SQLException(cause.getMessage(), CONNECTION_FAILURE, failure);
            }
        }
        return new SQLException(failure.getMessage(), failure);
    }
}
