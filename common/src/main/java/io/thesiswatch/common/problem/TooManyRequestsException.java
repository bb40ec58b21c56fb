package io.thesiswatch.common.problem;

import java.util.List;

/** 429: the caller has asked for this too often; try again later. */
public class TooManyRequestsException extends ApiException {

    public TooManyRequestsException(String detail) {
        super(429, "too-many-requests", "Too many requests", detail, List.of());
    }
}
