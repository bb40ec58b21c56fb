package io.thesiswatch.common.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Visits every schema of a document once: components, parameters, bodies, answers and headers, and their parts. */
final class SchemaWalk {

    private final Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Consumer<Schema> visitor;

    private SchemaWalk(Consumer<Schema> visitor) {
        this.visitor = visitor;
    }

    static void everySchema(OpenAPI openAPI, Consumer<Schema> visitor) {
        SchemaWalk walk = new SchemaWalk(visitor);
        components(openAPI).values().forEach(walk::schema);
        walk.operations(openAPI);
    }

    /** Every schema the operations use directly (parameters, bodies, answers, headers), and their parts. */
    static void operationSchemas(OpenAPI openAPI, Consumer<Schema> visitor) {
        new SchemaWalk(visitor).operations(openAPI);
    }

    /** {@code schema} and its parts. */
    static void within(Schema schema, Consumer<Schema> visitor) {
        new SchemaWalk(visitor).schema(schema);
    }

    private void operations(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            parameters(path.getParameters());
            for (Operation operation : path.getOperations().values()) {
                parameters(operation.getParameters());
                if (operation.getRequestBody() != null) {
                    content(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        content(response.getContent());
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().stream().map(Header::getSchema).forEach(this::schema);
                        }
                    }
                }
            }
        }
    }

    private void parameters(List<Parameter> parameters) {
        if (parameters != null) {
            parameters.forEach(parameter -> schema(parameter.getSchema()));
        }
    }

    private void content(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(this::schema);
        }
    }

    private void schema(Schema schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        visitor.accept(schema);
        List<Schema> parts = new ArrayList<>();
        addAll(parts, schema.getProperties() == null ? null : schema.getProperties().values());
        addAll(parts, schema.getAllOf());
        addAll(parts, schema.getAnyOf());
        addAll(parts, schema.getOneOf());
        parts.add(schema.getItems());
        parts.add(schema.getNot());
        parts.add(schema.getAdditionalPropertiesSchema());
        parts.forEach(this::schema);
    }

    private static void addAll(List<Schema> parts, Collection<Schema> more) {
        if (more != null) {
            parts.addAll(more);
        }
    }

    /** The component name a {@code $ref} points at, or null for other references. */
    static String componentName(String ref) {
        String prefix = "#/components/schemas/";
        return ref != null && ref.startsWith(prefix) ? ref.substring(prefix.length()) : null;
    }

    static Map<String, Schema> components(OpenAPI openAPI) {
        return openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null ? Map.of()
                : openAPI.getComponents().getSchemas();
    }
}
