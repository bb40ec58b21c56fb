package io.thesiswatch.company.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import io.thesiswatch.company.api.LookupRequest;
import io.thesiswatch.company.api.LookupResponse;
import io.thesiswatch.company.service.LookupService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/lookup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog", description = "Which codes of the catalog exist")
@Authenticated
public class LookupResource {

    private final LookupService lookup;

    public LookupResource(LookupService lookup) {
        this.lookup = lookup;
    }

    @POST
    @Operation(operationId = "lookupCatalog",
            summary = "Which of up to 1,000 subject and 1,000 metric codes exist, in one request",
            description = "Answers the asked codes that exist (missing ones are left out), and for asked series the "
                    + "kinds of period their data has and the bases they can be read on: what a client checks before "
                    + "it stores a reference to the catalog. Any signed-in caller.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LookupRequest.class),
            examples = @ExampleObject(name = "NVIDIA, the six giants and capex", value = """
                    {"subjects": ["NVDA", "BIG6"], "metrics": ["CAPEX"],
                     "series": [{"subject": "NVDA", "metric": "CAPEX"}]}""")))
    @APIResponse(responseCode = "200", description = "The codes that exist",
            content = @Content(schema = @Schema(implementation = LookupResponse.class)))
    public LookupResponse lookupCatalog(@NotNull @Valid LookupRequest request) {
        return lookup.lookup(request);
    }
}
