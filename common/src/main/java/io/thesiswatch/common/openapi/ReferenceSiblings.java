package io.thesiswatch.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Leaves every reference alone: OpenAPI 3.0 ignores what stands beside a {@code $ref}, and generators trip over it
 * (an enum referenced beside an inline {@code enum}, or wrapped in {@code allOf} with a {@code type}). A nullable
 * reference keeps the one form 3.0 has for it: {@code allOf: [$ref], nullable: true}.
 */
final class ReferenceSiblings {

    private ReferenceSiblings() {
    }

    static void apply(OpenAPI openAPI) {
        SchemaWalk.everySchema(openAPI, ReferenceSiblings::reduce);
    }

    private static void reduce(Schema schema) {
        String ref = schema.getRef();
        List<Schema> allOf = schema.getAllOf();
        if (ref == null && allOf != null && allOf.size() == 1 && schema.getProperties() == null) {
            ref = allOf.get(0).getRef();
        }
        if (ref == null) {
            return;
        }
        boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
        if (nullable) {
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("allOf", List.of(OASFactory.createSchema().ref(ref)));
            kept.put("type", List.of(Schema.SchemaType.NULL));
            if (schema.getDescription() != null) {
                kept.put("description", schema.getDescription());
            }
            keepOnly(schema, kept);
        } else {
            keepOnly(schema, Map.of("$ref", ref));
        }
    }

    private static void keepOnly(Schema schema, Map<String, ?> kept) {
        if (!schema.getAll().keySet().equals(kept.keySet())) {
            schema.setAll(new LinkedHashMap<>(kept));
        }
    }
}
