package io.thesiswatch.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Says what the scalar schemas the scanner makes of Java types ({@code Instant}, {@code UUID}, ...) hold. */
final class ScalarDescriptions {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Instant", "An instant, ISO-8601 in UTC (2026-11-28T09:30:00Z)",
            "LocalDate", "A calendar date, ISO-8601 (2027-12-31)",
            "UUID", "A UUID (8-4-4-4-12 hexadecimal digits)");

    private ScalarDescriptions() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = SchemaWalk.components(openAPI);
        DESCRIPTIONS.forEach((name, description) -> {
            Schema schema = components.get(name);
            if (schema != null && schema.getDescription() == null) {
                schema.setDescription(description);
            }
        });
    }
}
