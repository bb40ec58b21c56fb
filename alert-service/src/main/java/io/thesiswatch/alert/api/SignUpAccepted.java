package io.thesiswatch.alert.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignUpAccepted", description = "The answer to every valid sign-up, whether the address is new or "
        + "known: what happens next is told by email, to the address only")
public record SignUpAccepted(
        @Schema(required = true, format = "email", description = "The address, lower-case",
                example = "investor@example.com") String email,
        @Schema(required = true, description = "What to do next",
                example = "Check your inbox: an email to this address tells you how to go on.") String next) {

    public static SignUpAccepted of(String email) {
        return new SignUpAccepted(email, "Check your inbox: an email to this address tells you how to go on.");
    }
}
