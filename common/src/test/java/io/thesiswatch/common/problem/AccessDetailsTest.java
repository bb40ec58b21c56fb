package io.thesiswatch.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What 401 and 403 answers tell the caller. */
class AccessDetailsTest {

    private static final TokenRefusal REFUSAL = new TokenRefusal(List.of("thesis-watch"), Optional.of(3600L));
    private static final AccessDetails PLAIN = new AccessDetails(Optional.empty(), REFUSAL);
    private static final AccessDetails LOCAL = new AccessDetails(Optional.of("tokens are in tokens.env"), REFUSAL);
    private static final RuntimeException UNEXPLAINED = new RuntimeException("authentication failed");

    @RolesAllowed("admin")
    static class AdminResource {

        public void write() {
        }

        @RolesAllowed({"analyst", "admin"})
        public void writeThesis() {
        }
    }

    static class UnannotatedResource {

        public void read() {
        }
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        return type.getMethod(name);
    }

    @ParameterizedTest(name = "Authorization: [{0}]")
    @CsvSource(nullValues = "none", value = {"none", "''", "Basic dXNlcjpwYXNz", "'Bearer '"})
    void aRequestWithoutABearerTokenIsToldToSendOne(String authorization) {
        assertEquals("A bearer token is required: send Authorization: Bearer <token>",
                PLAIN.unauthenticated(authorization, UNEXPLAINED));
    }

    @ParameterizedTest(name = "Authorization: [{0}]")
    @CsvSource({"Bearer eyJhbGciOi.forged.token", "bearer eyJhbGciOi.expired.token"})
    void aRequestWithABearerTokenIsToldItWasNotAccepted(String authorization) {
        assertEquals("The bearer token is invalid or expired", PLAIN.unauthenticated(authorization, UNEXPLAINED));
    }

    /** A verification failure as the JWT library reports it, wrapped as the security layer wraps it. */
    private static RuntimeException refused(int errorCode, String message) {
        InvalidJwtException invalid = new InvalidJwtException(message,
                List.of(new ErrorCodeValidator.Error(errorCode, message)), null);
        return new RuntimeException(new IllegalStateException("Failed to verify a token", invalid));
    }

    @ParameterizedTest(name = "error code {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | The bearer token has expired
            8  | The bearer token was issued for another audience (aud); this service accepts only tokens for thesis-watch
            7  | The bearer token names no audience (aud); this service accepts only tokens for thesis-watch
            12 | The bearer token comes from an identity provider this service does not trust
            3  | The bearer token has no issue time (iat), so its age cannot be checked
            9  | The bearer token's signature does not verify with this service's key
            17 | The bearer token is invalid or expired
            """)
    void aRefusedTokenIsToldWhy(int errorCode, String reason) {
        assertEquals(reason, PLAIN.unauthenticated("Bearer x.y.z", refused(errorCode, "details")));
    }

    @Test
    void aTokenOlderThanTheMaximumAgeIsToldToGetAFreshOne() {
        RuntimeException tooOld = new RuntimeException(
                new IllegalStateException("SRJWT07004: The token age has exceeded 3600 seconds"));
        assertEquals("The bearer token was issued more than 3600 seconds ago; get a fresh one",
                PLAIN.unauthenticated("Bearer x.y.z", tooOld));
    }

    @Test
    void aRefusalNamesTheRolesOfTheMethodBeforeThoseOfItsClass() throws NoSuchMethodException {
        assertEquals("This operation needs one of the roles analyst, admin",
                PLAIN.forbidden(null, method(AdminResource.class, "writeThesis"), AdminResource.class));
        assertEquals("This operation needs the role admin",
                PLAIN.forbidden("", method(AdminResource.class, "write"), AdminResource.class));
    }

    @Test
    void aRefusalKeepsItsOwnReasonAndFallsBackWhenNoRoleIsKnown() throws NoSuchMethodException {
        assertEquals("Only the owner may change it",
                PLAIN.forbidden("Only the owner may change it", method(AdminResource.class, "write"), null));
        assertEquals("Your role does not allow this",
                PLAIN.forbidden(null, method(UnannotatedResource.class, "read"), UnannotatedResource.class));
        assertEquals("Your role does not allow this", PLAIN.forbidden(null, null, null));
    }

    @Test
    void theLocalStackSaysWhereTheTokensAre() throws NoSuchMethodException {
        assertEquals("A bearer token is required: send Authorization: Bearer <token> (tokens are in tokens.env)",
                LOCAL.unauthenticated(null, UNEXPLAINED));
        assertEquals("The bearer token is invalid or expired (tokens are in tokens.env)",
                LOCAL.unauthenticated("Bearer x", UNEXPLAINED));
        assertEquals("This operation needs the role admin (tokens are in tokens.env)",
                LOCAL.forbidden(null, method(AdminResource.class, "write"), AdminResource.class));
        assertEquals("A bearer token is required: send Authorization: Bearer <token>",
                new AccessDetails(Optional.of("  "), REFUSAL).unauthenticated(null, UNEXPLAINED),
                "a blank hint adds nothing");
    }
}
