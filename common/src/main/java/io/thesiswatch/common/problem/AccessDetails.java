package io.thesiswatch.common.problem;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

/**
 * What a 401 or 403 answer tells the caller: the token that is missing or not accepted, the roles the operation
 * needs, and, where the deployment says so (the local stack), where tokens can be found.
 */
final class AccessDetails {

    static final String TOKEN_MISSING = "A bearer token is required: send Authorization: Bearer <token>";
    static final String ROLE_UNKNOWN = "Your role does not allow this";

    private final Optional<String> tokenHint;
    private final TokenRefusal refusal;

    AccessDetails(Optional<String> tokenHint, TokenRefusal refusal) {
        this.tokenHint = tokenHint.map(String::trim).filter(hint -> !hint.isEmpty());
        this.refusal = refusal;
    }

    /**
     * Why a caller is not authenticated, from the Authorization header it sent (null when none) and the failure
     * that refused its token.
     */
    String unauthenticated(String authorization, Throwable failure) {
        boolean sentBearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank();
        return withHint(sentBearer ? refusal.reason(failure) : TOKEN_MISSING);
    }

    /**
     * Why an authenticated caller may not do this: the refusal's own reason when it gave one, else the roles the
     * resource method (or its class) allows; either may be null when no resource was matched.
     */
    String forbidden(String reason, Method method, Class<?> resourceClass) {
        if (reason != null && !reason.isBlank()) {
            return withHint(reason);
        }
        return withHint(rolesAllowed(method).or(() -> rolesAllowed(resourceClass))
                .map(AccessDetails::needs)
                .orElse(ROLE_UNKNOWN));
    }

    private static Optional<String[]> rolesAllowed(AnnotatedElement element) {
        return Optional.ofNullable(element)
                .map(e -> e.getAnnotation(RolesAllowed.class))
                .map(RolesAllowed::value)
                .filter(roles -> roles.length > 0);
    }

    private static String needs(String[] roles) {
        return roles.length == 1
                ? "This operation needs the role " + roles[0]
                : "This operation needs one of the roles " + String.join(", ", roles);
    }

    private String withHint(String detail) {
        return tokenHint.map(hint -> detail + " (" + hint + ")").orElse(detail);
    }
}
