package io.thesiswatch.alert.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as its owner registers or replaces it. */
@Schema(name = "WebhookRequest", description = "A webhook endpoint: where alerts are posted, and which")
public record WebhookRequest(
        @NotBlank @Size(max = 2000)
        @Schema(required = true, description = "Where alerts are posted: an https URL (http only where the "
                + "operator allows it) whose host resolves to a public address",
                example = "https://hooks.example.com/thesis-watch")
        String url,
        @Size(max = 200) @Schema(description = "What it is for", example = "Trading desk Slack bridge")
        String description,
        @Valid @Schema(description = "Which alerts it gets; every alert when left out") WebhookFilters filters,
        @Schema(description = "Whether alerts are posted to it; true when left out. Enabling a disabled webhook "
                + "clears its failures") Boolean enabled) {
}
