package io.thesiswatch.common.problem;

import java.util.List;
import java.util.Optional;

import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Why a bearer token was refused, in words a client developer can act on, read from the verification failure
 * (the JWT library's error codes; the token-age check has none, so its message is recognised).
 */
final class TokenRefusal {

    static final String EXPIRED = "The bearer token has expired";
    static final String INVALID = "The bearer token is invalid or expired";
    static final String WRONG_ISSUER = "The bearer token comes from an identity provider this service does not trust";
    static final String BAD_SIGNATURE = "The bearer token's signature does not verify with this service's key";
    static final String NO_ISSUE_TIME = "The bearer token has no issue time (iat), so its age cannot be checked";

    /** The verifier's message when a token is older than {@code mp.jwt.verify.token.age}. */
    private static final String AGE_EXCEEDED = "token age has exceeded";

    private final List<String> audiences;
    private final Optional<Long> maxAgeSeconds;

    /** {@code audiences} and {@code maxAgeSeconds}: what the deployment accepts (mp.jwt.verify.*). */
    TokenRefusal(List<String> audiences, Optional<Long> maxAgeSeconds) {
        this.audiences = List.copyOf(audiences);
        this.maxAgeSeconds = maxAgeSeconds;
    }

    /** Why verification failed; the generic reason when the failure says nothing more precise. */
    String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid) {
                return reason(invalid);
            }
            if (cause.getMessage() != null && cause.getMessage().contains(AGE_EXCEEDED)) {
                return tooOld();
            }
        }
        return INVALID;
    }

    private String reason(InvalidJwtException invalid) {
        if (invalid.hasErrorCode(ErrorCodes.EXPIRED)) {
            return EXPIRED;
        }
        if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "The bearer token names no audience (aud); " + accepted();
        }
        if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)) {
            return "The bearer token was issued for another audience (aud); " + accepted();
        }
        if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID) || invalid.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return WRONG_ISSUER;
        }
        if (invalid.hasErrorCode(ErrorCodes.ISSUED_AT_MISSING)) {
            return NO_ISSUE_TIME;
        }
        if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || invalid.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return BAD_SIGNATURE;
        }
        return INVALID;
    }

    private String accepted() {
        return audiences.isEmpty() ? "this service accepts no token without one"
                : "this service accepts only tokens for " + String.join(", ", audiences);
    }

    private String tooOld() {
        return maxAgeSeconds
                .map(age -> "The bearer token was issued more than " + age + " seconds ago; get a fresh one")
                .orElse(INVALID);
    }
}
