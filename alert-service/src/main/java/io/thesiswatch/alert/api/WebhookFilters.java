package io.thesiswatch.alert.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which alerts a webhook gets; every list left out or empty lets everything through. */
@Schema(name = "WebhookFilters", description = "Which alerts a webhook gets: an alert passes when it matches every "
        + "list given (a list left out or empty lets everything through)")
public record WebhookFilters(
        @Size(max = 3) @Schema(description = "Only these severities") List<@NotNull Severity> severities,
        @Size(max = 2) @Schema(description = "Only these kinds: FIRED, RESOLVED") List<@NotNull EventKind> kinds,
        @Size(max = 100) @Schema(description = "Only the triggers of these theses") List<@NotNull UUID> theses,
        @Size(max = 100) @Schema(description = "Only theses naming one of these companies, or series of them")
        List<@NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9.-]{0,19}", message = "must be an upper-case company code")
                String> companies) {

    public static final WebhookFilters NONE = new WebhookFilters(List.of(), List.of(), List.of(), List.of());

    /** The same filters with every list present (empty when it was left out). */
    public WebhookFilters orEmpty() {
        return new WebhookFilters(severities == null ? List.of() : severities, kinds == null ? List.of() : kinds,
                theses == null ? List.of() : theses, companies == null ? List.of() : companies);
    }
}
