/**
 * The REST resources. The document's shared parts, referenced by the conditional reads, are defined here; the info
 * comes from application.properties, which takes precedence over the one here.
 */
@OpenAPIDefinition(
        info = @Info(title = "Thesis Watch thesis-service", version = "1.0"),
        components = @Components(
                parameters = @Parameter(name = ConditionalReads.IF_NONE_MATCH, in = ParameterIn.HEADER,
                        description = "The ETag of the answer read before: 304 with no body while it is still "
                                + "current", example = ConditionalReads.ETAG_EXAMPLE,
                        schema = @Schema(type = SchemaType.STRING)),
                headers = {
                    @Header(name = ConditionalReads.ETAG, required = true,
                            description = "Tag of this answer's body; send it back in If-None-Match",
                            schema = @Schema(type = SchemaType.STRING, example = ConditionalReads.ETAG_EXAMPLE)),
                    @Header(name = ConditionalReads.CACHE_CONTROL, required = true,
                            description = "private, no-cache: the answer may be kept, and asked for again with "
                                    + "If-None-Match each time",
                            schema = @Schema(type = SchemaType.STRING, example = "private, no-cache"))},
                responses = @APIResponse(name = ConditionalReads.NOT_MODIFIED, responseCode = "304",
                        description = "Not modified since the ETag sent in If-None-Match: no body; the copy read "
                                + "before is current",
                        headers = @Header(name = ConditionalReads.ETAG, ref = ConditionalReads.ETAG))))
package io.thesiswatch.thesis.rest;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
