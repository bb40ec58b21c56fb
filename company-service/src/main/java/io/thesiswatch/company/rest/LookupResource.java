package io.thesiswatch.company.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import io.thesiswatch.common.security.Roles;
import io.thesiswatch.company.api.LookupRequest;
import io.thesiswatch.company.api.LookupResponse;
import io.thesiswatch.company.service.LookupService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/lookup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@Authenticated
public class LookupResource {

    private final LookupService lookup;

    public LookupResource(LookupService lookup) {
        this.lookup = lookup;
    }

    @POST
    @Operation(operationId = "lookupCatalog",
            summary = "Which of up to 1,000 subject and 1,000 metric codes exist, in one request")
    @APIResponse(responseCode = "200", description = "The codes that exist",
            content = @Content(schema = @Schema(implementation = LookupResponse.class)))
    public LookupResponse lookupCatalog(@NotNull @Valid LookupRequest request) {
        return lookup.lookup(request);
    }
}
