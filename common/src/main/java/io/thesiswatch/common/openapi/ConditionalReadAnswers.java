package io.thesiswatch.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.thesiswatch.common.http.ConditionalRead;

/**
 * Documents a conditional read once for every operation that carries the {@link ConditionalRead#DOCUMENTED}
 * extension: the {@code If-None-Match} header parameter, the {@code ETag} and {@code Cache-Control} headers of its
 * 200, and its 304 without a body. The marker itself is taken out of the document.
 */
final class ConditionalReadAnswers {

    private static final String ETAG_EXAMPLE = "\"3q2-7wEJRsqHNe0ai4sXlA\"";

    private ConditionalReadAnswers() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                Map<String, Object> extensions = operation.getExtensions();
                if (extensions != null && extensions.containsKey(ConditionalRead.DOCUMENTED)) {
                    operation.removeExtension(ConditionalRead.DOCUMENTED);
                    // the scanner copies a method's extensions onto the answer it builds from the return type
                    operation.getResponses().getAPIResponses().values()
                            .forEach(answer -> answer.removeExtension(ConditionalRead.DOCUMENTED));
                    document(operation);
                }
            }
        }
    }

    private static void document(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                .description("The ETag of an answer read before: 304 with no body while the answer is unchanged")
                .schema(text()).example(ETAG_EXAMPLE));
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", etag());
            ok.addHeader("Cache-Control", OASFactory.createHeader().required(true).schema(text())
                    .description("private, no-cache: the answer may be kept, and asked for again each time"));
        }
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified since the read whose ETag was sent: no body; keep using that answer")
                .addHeader("ETag", etag()));
    }

    private static Header etag() {
        return OASFactory.createHeader().required(true).schema(text())
                .description("Tag of this answer's body (a digest); send it back in If-None-Match");
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
