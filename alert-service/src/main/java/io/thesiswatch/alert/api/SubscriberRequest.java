package io.thesiswatch.alert.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.thesiswatch.alert.domain.DeliveryMode;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriberRequest", description = "A sign-up; a confirmation email follows. Only email is needed: "
        + "delivery is IMMEDIATE, minSeverity WARNING, notifyResolved true and locale en when left out")
public record SubscriberRequest(
        @NotBlank @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address")
        @Size(max = 254) @Schema(format = "email", description = "Where the emails go; kept lower-case",
                example = "investor@example.com") String email,
        @Size(max = 200) @Schema(description = "How the emails greet the subscriber", example = "Mei-Ling Chen")
        String name,
        DeliveryMode delivery,
        Severity minSeverity,
        @Schema(description = "Also email when a trigger clears (true if left out)", example = "true")
        Boolean notifyResolved,
        EmailLocale locale) {
}
