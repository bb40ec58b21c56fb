package io.thesiswatch.common.problem;

import java.time.Duration;
import java.util.Optional;

import java.util.List;

/**
 * A failure the client should hear about, as a problem+json answer with this status. Services throw
 * the subclasses (or their own subclasses of them) from the service layer.
 */
public abstract class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final transient List<Violation> violations;
    private final Duration retryAfter;

    protected ApiException(int status, String type, String title, String detail, List<Violation> violations) {
        this(status, type, title, detail, violations, null);
    }

    /** {@code retryAfter}: when the client may try again, sent as the {@code Retry-After} header (429, 503). */
    protected ApiException(int status, String type, String title, String detail, List<Violation> violations,
            Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
