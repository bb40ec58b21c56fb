package io.thesiswatch.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
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
 * string with control characters), 401 and 403 where it needs a token, 404 where the path names a resource, 415
 * where it takes a body, 500 and 503 (the database out of reach) everywhere; and the headers that go
 * with them ({@code WWW-Authenticate} on 401, {@code Retry-After} on 429 and 503, {@code Location} on 201). The
 * {@code Problem} schema itself is the scanner's, from the {@link Problem} record.
 */
final class ProblemResponses {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private ProblemResponses() {
    }

    static void apply(OpenAPI openAPI) {
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
                    addIfMissing(responses, "401", "No valid token (none, expired, too old, or issued for another "
                            + "audience): the problem says why");
                    addIfMissing(responses, "403", "The token lacks the role this operation needs");
                }
                if (namesResource) {
                    addIfMissing(responses, "404", "No such resource");
                }
                if (operation.getRequestBody() != null) {
                    addIfMissing(responses, "415", "The body's content type is not one this operation reads");
                }
                addIfMissing(responses, "500", "Unexpected server error");
                addIfMissing(responses, "503", "The service cannot reach its database (or a service it needs) right "
                        + "now; nothing was changed, and Retry-After says when to try again");
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
}
