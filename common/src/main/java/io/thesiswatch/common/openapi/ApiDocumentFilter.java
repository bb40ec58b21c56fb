package io.thesiswatch.common.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Makes each service's generated document exact for clients and generators: problem+json on every error answer,
 * conditional reads, named page envelopes, references without siblings, anchored patterns, no unused schemas.
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ConditionalReadAnswers.apply(openAPI);
        ProblemResponses.apply(openAPI);
        PageSchemaNames.apply(openAPI);
        ReferenceSiblings.apply(openAPI);
        AnchoredPatterns.apply(openAPI);
        UnusedSchemas.apply(openAPI);
        ScalarDescriptions.apply(openAPI);
    }
}
