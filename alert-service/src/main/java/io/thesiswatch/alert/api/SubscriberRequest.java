package io.thesiswatch.alert.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.thesiswatch.alert.domain.DeliveryMode;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriberRequest", description = "A sign-up; a confirmation email follows")
public record SubscriberRequest(
        @NotBlank @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address")
        @Size(max = 254) @Schema(example = "investor@example.com") String email,
        @Size(max = 200) @Schema(example = "Mei-Ling Chen") String name,
        @Schema(description = "IMMEDIATE (default) or DAILY digest", example = "IMMEDIATE") DeliveryMode delivery,
        @Schema(description = "Least severity to hear about (WARNING if left out)", example = "WARNING")
        Severity minSeverity,
        @Schema(description = "Also email when a trigger clears (true if left out)", example = "true")
        Boolean notifyResolved,
        @Schema(description = "en (default) or zh-TW", example = "zh-TW", enumeration = {"en", "zh-TW"})
        EmailLocale locale) {
}
