package io.thesiswatch.contract.expression;

/** An expression that cannot be read: the token at fault (as written) and what is wrong with it. */
public class InvalidExpressionException extends IllegalArgumentException {

    private final String token;

    public InvalidExpressionException(String token, String problem) {
        super(token == null ? problem : "'" + token + "': " + problem);
        this.token = token;
    }

    /** The part of the expression at fault, as written; null when the expression as a whole is. */
    public String token() {
        return token;
    }
}
