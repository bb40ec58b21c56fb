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
 * reference to an enum becomes the enum inline with {@code nullable: true} and {@code null} among its values (in
 * 3.0.3 {@code nullable} only widens a {@code type} in the same schema, so validators refuse null through a
 * reference); a nullable reference to an object keeps {@code allOf: [$ref], nullable: true}.
 */
final class ReferenceSiblings {

    private ReferenceSiblings() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = SchemaWalk.components(openAPI);
        SchemaWalk.everySchema(openAPI, schema -> reduce(schema, components));
    }

    private static void reduce(Schema schema, Map<String, Schema> components) {
        String ref = schema.getRef();
        List<Schema> allOf = schema.getAllOf();
        if (ref == null && allOf != null && allOf.size() == 1 && schema.getProperties() == null) {
            ref = allOf.get(0).getRef();
        }
        if (ref == null) {
            return;
        }
        boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
        Schema target = components.get(SchemaWalk.componentName(ref));
        if (nullable && target != null && target.getEnumeration() != null) {
            Map<String, Object> inline = new LinkedHashMap<>(target.getAll());
            List<Object> values = new java.util.ArrayList<>(target.getEnumeration());
            values.add(null);
            inline.put("enum", values);
            inline.put("type", List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL));
            if (schema.getDescription() != null) {
                inline.put("description", schema.getDescription());
            }
            keepOnly(schema, inline);
        } else if (nullable) {
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
        if (!schema.getAll().equals(kept)) {
            schema.setAll(new LinkedHashMap<>(kept));
        }
    }
}
