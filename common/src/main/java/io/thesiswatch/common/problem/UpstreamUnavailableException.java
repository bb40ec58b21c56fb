package io.thesiswatch.common.problem;

import java.time.Duration;
import java.util.List;

/** 503: a neighbour service this request needs could not be reached; nothing was changed. */
public class UpstreamUnavailableException extends ApiException {

    /** Long enough for a restarting neighbour or a retrying client call to recover. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    public UpstreamUnavailableException(String service, Throwable cause) {
        super(503, "upstream-unavailable", "Service unavailable",
                service + " is unavailable; nothing was changed, try again later", List.of(), RETRY_AFTER);
        initCause(cause);
    }
}
