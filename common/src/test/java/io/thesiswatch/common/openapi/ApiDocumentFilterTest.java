package io.thesiswatch.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ApiDocumentFilterTest {

    private static final String LAYER = "#/components/schemas/Layer";

    @Test
    void referencesStandAlone() {
        Schema plain = OASFactory.createSchema().ref(LAYER).addType(Schema.SchemaType.STRING).example("X");
        OpenAPI document = documentWith(Map.of("layer", plain));

        new ApiDocumentFilter().filterOpenAPI(document);

        assertEquals(Map.of("$ref", LAYER), property(document, "layer").getAll());
    }

    @Test
    void aNullableReferenceKeepsTheOneFormOpenApi30HasForIt() {
        Schema nullable = OASFactory.createSchema().ref(LAYER).addType(Schema.SchemaType.STRING)
                .addType(Schema.SchemaType.NULL).example("X");
        OpenAPI document = documentWith(Map.of("layer", nullable));

        new ApiDocumentFilter().filterOpenAPI(document);

        Schema layer = property(document, "layer");
        assertNull(layer.getRef());
        assertEquals(LAYER, layer.getAllOf().get(0).getRef());
        assertEquals(List.of(Schema.SchemaType.NULL), layer.getType());
    }

    @Test
    void aNullableEnumIsWrittenInlineWithNullAmongItsValues() {
        Schema nullable = OASFactory.createSchema().ref(LAYER).addType(Schema.SchemaType.STRING)
                .addType(Schema.SchemaType.NULL);
        OpenAPI document = documentWith(Map.of("layer", nullable));
        document.getComponents().addSchema("Layer", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .enumeration(List.of("PLATFORM", "INFRASTRUCTURE")));

        new ApiDocumentFilter().filterOpenAPI(document);

        Schema layer = property(document, "layer");
        assertNull(layer.getRef());
        assertEquals(java.util.Arrays.asList("PLATFORM", "INFRASTRUCTURE", null), layer.getEnumeration());
        assertEquals(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL), layer.getType());
    }

    @Test
    void patternsAreAnchoredButNotBlankStaysAContainsRule() {
        Schema code = OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("[A-Z]{2}|X");
        Schema name = OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("\\S");
        OpenAPI document = documentWith(Map.of("code", code, "name", name));

        new ApiDocumentFilter().filterOpenAPI(document);

        assertEquals("^(?:[A-Z]{2}|X)$", property(document, "code").getPattern());
        assertEquals("\\S", property(document, "name").getPattern());
    }

    @Test
    void pageEnvelopesAreNamedAfterTheirItemsAndReferencesFollow() {
        OpenAPI document = documentWith(Map.of());
        document.getComponents().addSchema("PageResultThesisResponse", OASFactory.createSchema());
        document.getComponents().addSchema("PageResult", OASFactory.createSchema());
        Operation list = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok").content(OASFactory
                        .createContent().addMediaType("application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/PageResultThesisResponse"))))));
        document.paths(OASFactory.createPaths().addPathItem("/theses", OASFactory.createPathItem().GET(list)));

        new ApiDocumentFilter().filterOpenAPI(document);

        assertNotNull(document.getComponents().getSchemas().get("ThesisPage"));
        assertTrue(document.getComponents().getSchemas().keySet().stream().noneMatch(n -> n.startsWith("PageResult")));
        assertEquals("#/components/schemas/ThesisPage", list.getResponses().getAPIResponse("200").getContent()
                .getMediaType("application/json").getSchema().getRef());
    }

    @Test
    void errorAnswersGetProblemBodiesAndTheirHeaders() {
        Operation create = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("created"))
                        .addAPIResponse("429", OASFactory.createAPIResponse().description("slow down")));
        OpenAPI document = documentWith(Map.of());
        document.paths(OASFactory.createPaths().addPathItem("/things/{id}", OASFactory.createPathItem().PUT(create)));

        new ApiDocumentFilter().filterOpenAPI(document);

        Map<String, APIResponse> answers = create.getResponses().getAPIResponses();
        assertEquals(List.of("201", "429", "400", "401", "403", "404", "415", "500", "503"),
                List.copyOf(answers.keySet()));
        for (String status : List.of("400", "401", "403", "404", "415", "429", "500", "503")) {
            assertEquals("#/components/schemas/Problem", answers.get(status).getContent()
                    .getMediaType("application/problem+json").getSchema().getRef(), status);
        }
        assertNull(answers.get("201").getContent());
        assertNotNull(answers.get("201").getHeaders().get("Location"));
        assertNotNull(answers.get("401").getHeaders().get("WWW-Authenticate"));
        assertNotNull(answers.get("429").getHeaders().get("Retry-After"));
        assertNotNull(answers.get("503").getHeaders().get("Retry-After"), "the database out of reach");
    }

    @Test
    void aMarkedReadGetsItsConditionalPartsAndTheMarkerGoes() {
        Operation read = OASFactory.createOperation().addExtension("x-conditional-read", "true")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("ok").addExtension("x-conditional-read", "true")));
        OpenAPI document = documentWith(Map.of());
        document.paths(OASFactory.createPaths().addPathItem("/theses/{id}", OASFactory.createPathItem().GET(read)));

        new ApiDocumentFilter().filterOpenAPI(document);

        assertEquals("If-None-Match", read.getParameters().get(0).getName());
        APIResponse ok = read.getResponses().getAPIResponse("200");
        assertEquals(List.of("ETag", "Cache-Control"), List.copyOf(ok.getHeaders().keySet()));
        assertNotNull(read.getResponses().getAPIResponse("304").getHeaders().get("ETag"));
        assertNull(read.getExtensions() == null ? null : read.getExtensions().get("x-conditional-read"));
        assertNull(ok.getExtensions() == null ? null : ok.getExtensions().get("x-conditional-read"));
    }

    @Test
    void anOperationWithoutInputStillDocumentsTheBadQueryStringAnswer() {
        Operation run = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ran")));
        OpenAPI document = documentWith(Map.of());
        document.paths(OASFactory.createPaths().addPathItem("/checks", OASFactory.createPathItem().POST(run)));

        new ApiDocumentFilter().filterOpenAPI(document);

        assertEquals(List.of("200", "400", "500", "503"), List.copyOf(run.getResponses().getAPIResponses().keySet()));
    }

    @Test
    void onlySchemasAnOperationReachesStay() {
        OpenAPI document = documentWith(Map.of("owner", OASFactory.createSchema().ref("#/components/schemas/Owner")));
        document.getComponents().addSchema("Owner", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
        document.getComponents().addSchema("Operator", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .enumeration(List.of("GT", "LT")));

        new ApiDocumentFilter().filterOpenAPI(document);

        assertEquals(List.of("Thing", "Owner"),
                List.copyOf(document.getComponents().getSchemas().keySet()));
    }

    /** A document with one schema, {@code Thing}, that {@code GET /things} answers. */
    private static OpenAPI documentWith(Map<String, Schema> properties) {
        Schema thing = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        properties.forEach(thing::addProperty);
        Operation read = OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200",
                OASFactory.createAPIResponse().description("ok").content(OASFactory.createContent().addMediaType(
                        "application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Thing"))))));
        return OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema("Thing", thing))
                .paths(OASFactory.createPaths().addPathItem("/things", OASFactory.createPathItem().GET(read)));
    }

    private static Schema property(OpenAPI document, String name) {
        return document.getComponents().getSchemas().get("Thing").getProperties().get(name);
    }
}
