package io.thesiswatch.common.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Anchors every pattern: the server matches bean-validation patterns against the whole value, while OpenAPI
 * patterns (ECMA-262) match anywhere unless anchored. {@code \S} stays as it is: it is how {@code @NotBlank}
 * is documented, and "contains a non-space character" is exactly what it means.
 */
final class AnchoredPatterns {

    private static final String NOT_BLANK = "\\S";

    private AnchoredPatterns() {
    }

    static void apply(OpenAPI openAPI) {
        SchemaWalk.everySchema(openAPI, schema -> {
            String pattern = schema.getPattern();
            if (pattern != null && !pattern.equals(NOT_BLANK) && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
                schema.setPattern("^(?:" + pattern + ")$");
            }
        });
    }
}
