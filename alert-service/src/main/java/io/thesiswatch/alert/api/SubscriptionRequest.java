package io.thesiswatch.alert.api;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriptionRequest", description = "Exactly one of thesisId (all its triggers) or company")
public record SubscriptionRequest(
        @Schema(description = "A thesis: every trigger of it") UUID thesisId,
        @Pattern(regexp = "[A-Z0-9][A-Z0-9.-]{0,19}", message = "must be an upper-case company code")
        @Schema(description = "A company: every trigger of every thesis that names it", example = "NVDA")
        String company) {

    @JsonIgnore
    @AssertTrue(message = "give exactly one of thesisId or company")
    public boolean isTarget() {
        return (thesisId == null) != (company == null);
    }
}
