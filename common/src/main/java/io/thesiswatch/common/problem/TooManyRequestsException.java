package io.thesiswatch.common.problem;

import java.time.Duration;
import java.util.List;

/** 429: the caller has asked for this too often; try again later. */
public class TooManyRequestsException extends ApiException {

    /** {@code retryAfter}: how long until the limit lets this caller in again. */
    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(429, "too-many-requests", "Too many requests", detail, List.of(), retryAfter);
    }
}
