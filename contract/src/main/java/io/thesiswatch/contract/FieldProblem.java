package io.thesiswatch.contract;

/** A field of a request and what is wrong with it; each service turns it into its own error model. */
public record FieldProblem(String field, String message) {
}
