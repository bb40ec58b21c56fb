package io.thesiswatch.common.problem;

import java.util.List;

/** 409: the request clashes with the current state (a duplicate code, a stale version, a resource in use). */
public class ConflictException extends ApiException {

    public ConflictException(String detail) {
        super(409, "conflict", "Conflict", detail, List.of());
    }
}
