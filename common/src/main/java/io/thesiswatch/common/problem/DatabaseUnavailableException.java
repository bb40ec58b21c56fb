package io.thesiswatch.common.problem;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.hibernate.exception.JDBCConnectionException;

/**
 * 503: the service's database cannot be reached (stopped, restarting, or out of connections); what the request
 * would have changed was not stored. A client may try again after Retry-After.
 */
public class DatabaseUnavailableException extends ApiException {

    /** About as long as PostgreSQL takes to come back from a restart or a failover. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    public DatabaseUnavailableException(Throwable cause) {
        super(503, "database-unavailable", "Service unavailable",
                "The service cannot reach its database right now; try again shortly", List.of(), RETRY_AFTER);
        initCause(cause);
    }

    /**
     * Whether this failure is the database being out of reach: a lost or refused connection (SQL state class 08),
     * the server shutting down (57P01 to 57P03), or no connection to be had (53300).
     */
    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
                    return true;
                }
            }
        }
        return false;
    }
}
