package io.thesiswatch.common.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.thesiswatch.common.problem.Problem;

/**
 * Documents the error answers every operation can give, as problem+json, so that a generated client knows their
 * shape without each resource repeating them: 400 everywhere (even an operation without parameters refuses a query
 * string with control characters), 401 and 403 where it needs a token, 404 where the path names a resource, 415 where it takes a body, 500 everywhere; and the headers that go
 * with them ({@code WWW-Authenticate} on 401, {@code Retry-After} on 429 and 503, {@code Location} on 201).
 */
final class ProblemResponses {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private ProblemResponses() {
    }

    static void apply(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("Violation", violationSchema());
        components.addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean namesResource = path.getKey().contains("{");
            for (Operation operation : path.getValue().getOperations().values()) {
                APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                        : operation.getResponses();
                operation.setResponses(responses);
                boolean needsToken = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                addIfMissing(responses, "400", "Invalid input: the problem lists each field that failed");
                if (needsToken) {
                    addIfMissing(responses, "401", "No valid token: the problem says what is missing");
                    addIfMissing(responses, "403", "The token lacks the role this operation needs");
                }
                if (namesResource) {
                    addIfMissing(responses, "404", "No such resource");
                }
                if (operation.getRequestBody() != null) {
                    addIfMissing(responses, "415", "The body's content type is not one this operation reads");
                }
                addIfMissing(responses, "500", "Unexpected server error");
                responses.getAPIResponses().forEach(ProblemResponses::complete);
            }
        }
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Gives an error answer its problem+json body, and any answer the headers its status carries. */
    private static void complete(String status, APIResponse response) {
        boolean error = status.length() == 3 && status.charAt(0) >= '4';
        if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty())) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
        switch (status) {
            case "201" -> addHeader(response, "Location", "Where the created resource can be read",
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"));
            case "401" -> addHeader(response, "WWW-Authenticate", "Bearer: send a token in the Authorization header",
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            case "429", "503" -> addHeader(response, "Retry-After", "Seconds to wait before trying again",
                    OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE));
            default -> {
            }
        }
    }

    private static void addHeader(APIResponse response, String name, String description, Schema schema) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            Header header = OASFactory.createHeader().description(description).schema(schema).required(true);
            response.addHeader(name, header);
        }
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One thing wrong with a request: the field that failed and why")
                .required(List.of("field", "message"))
                .addProperty("row", integer("1-based row of a batch, when the request was a batch"))
                .addProperty("line", integer("Line of the CSV file (the header is line 1), for CSV input"))
                .addProperty("field", text("The field that failed", "period"))
                .addProperty("message", text("What is wrong with it", "must be a period label such as 2024-Q3"));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, the body of every error answer")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text("URI that names the kind of problem",
                        Problem.TYPE_BASE + "validation"))
                .addProperty("title", text("Short summary of the kind of problem", "Invalid request"))
                .addProperty("status", integer("HTTP status"))
                .addProperty("detail", text("What went wrong this time", "name must not be blank"))
                .addProperty("instance", text("The request path", "/api/v1/companies"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("The fields that failed, for validation problems")
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).example(example);
    }

    private static Schema integer(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").description(description);
    }
}
