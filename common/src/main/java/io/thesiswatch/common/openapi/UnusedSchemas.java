package io.thesiswatch.common.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Keeps only the schemas some operation reaches: the scanner also lists annotated types a service shares but does
 * not use (the contract's enums), which a generated client would turn into dead classes.
 */
final class UnusedSchemas {

    private UnusedSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = SchemaWalk.components(openAPI);
        if (components.isEmpty()) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        Consumer<Schema> follow = schema -> {
            String name = SchemaWalk.componentName(schema.getRef());
            if (name != null && reached.add(name)) {
                pending.add(name);
            }
        };
        SchemaWalk.operationSchemas(openAPI, follow);
        while (!pending.isEmpty()) {
            Schema component = components.get(pending.poll());
            if (component != null) {
                SchemaWalk.within(component, follow);
            }
        }
        Map<String, Schema> used = new LinkedHashMap<>();
        components.forEach((name, schema) -> {
            if (reached.contains(name)) {
                used.put(name, schema);
            }
        });
        openAPI.getComponents().setSchemas(used);
    }
}
