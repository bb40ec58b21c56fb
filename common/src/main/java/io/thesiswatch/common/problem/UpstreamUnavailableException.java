package io.thesiswatch.common.problem;

import java.util.List;

/** 503: a neighbour service this request needs could not be reached; nothing was changed. */
public class UpstreamUnavailableException extends ApiException {

    public UpstreamUnavailableException(String service, Throwable cause) {
        super(503, "upstream-unavailable", "Service unavailable",
                service + " is unavailable; nothing was changed, try again later", List.of());
        initCause(cause);
    }
}
