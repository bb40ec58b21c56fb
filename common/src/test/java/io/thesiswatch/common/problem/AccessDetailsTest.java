package io.thesiswatch.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What 401 and 403 answers tell the caller. */
class AccessDetailsTest {

    private static final AccessDetails PLAIN = new AccessDetails(Optional.empty());
    private static final AccessDetails LOCAL = new AccessDetails(Optional.of("tokens are in tokens.env"));

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
                PLAIN.unauthenticated(authorization));
    }

    @ParameterizedTest(name = "Authorization: [{0}]")
    @CsvSource({"Bearer eyJhbGciOi.forged.token", "bearer eyJhbGciOi.expired.token"})
    void aRequestWithABearerTokenIsToldItWasNotAccepted(String authorization) {
        assertEquals("The bearer token is invalid or expired", PLAIN.unauthenticated(authorization));
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
                LOCAL.unauthenticated(null));
        assertEquals("The bearer token is invalid or expired (tokens are in tokens.env)",
                LOCAL.unauthenticated("Bearer x"));
        assertEquals("This operation needs the role admin (tokens are in tokens.env)",
                LOCAL.forbidden(null, method(AdminResource.class, "write"), AdminResource.class));
        assertEquals("A bearer token is required: send Authorization: Bearer <token>",
                new AccessDetails(Optional.of("  ")).unauthenticated(null), "a blank hint adds nothing");
    }
}
