package io.thesiswatch.common.problem;

import java.util.List;

/** 400: the request is well-formed but its content breaks a rule; each broken rule is a {@link Violation}. */
public class InvalidInputException extends ApiException {

    public InvalidInputException(String detail, List<Violation> violations) {
        super(400, "validation", "Invalid request", detail, violations);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(field + ": " + message, List.of(Violation.of(field, message)));
    }
}
