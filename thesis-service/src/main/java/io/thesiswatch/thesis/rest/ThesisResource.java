package io.thesiswatch.thesis.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.thesiswatch.common.http.ConditionalRead;
import io.thesiswatch.common.security.Roles;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.thesis.api.ThesisCreateRequest;
import io.thesiswatch.thesis.api.ThesisResponse;
import io.thesiswatch.thesis.api.ThesisUpdateRequest;
import io.thesiswatch.thesis.domain.Layer;
import io.thesiswatch.thesis.domain.ThesisStatus;
import io.thesiswatch.thesis.service.ThesisService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/theses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Theses", description = "Investment theses")
@Authenticated
public class ThesisResource {

    private final ThesisService theses;

    public ThesisResource(ThesisService theses) {
        this.theses = theses;
    }

    @POST
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "createThesis", summary = "Write a thesis about existing companies; it starts ACTIVE",
            description = "Analysts and admins. The company codes are checked with company-service before anything "
                    + "is stored; the caller owns the new thesis, which starts ACTIVE at version 0.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = ThesisResponse.class)))
    @APIResponse(responseCode = "503", description = "company-service could not be asked; nothing was stored")
    public Response createThesis(@NotNull @Valid ThesisCreateRequest request) {
        ThesisResponse created = theses.create(request);
        return Response.created(URI.create("/api/v1/theses/" + created.id())).entity(created).build();
    }

    @GET
    @ConditionalRead
    @Extension(name = ConditionalRead.DOCUMENTED, value = "true")
    @Operation(operationId = "listTheses", summary = "List theses, newest first",
            description = "Any signed-in caller. One page of every thesis (not only the caller's), newest first, "
                    + "filtered by status, company and layer; total counts them all. Send the ETag back in "
                    + "If-None-Match to get a 304 while the page is unchanged.")
    @APIResponse(responseCode = "200", description = "A page of theses")
    public PageResult<ThesisResponse> listTheses(
            @Parameter(description = "Only this status") @QueryParam("status") ThesisStatus status,
            @Parameter(description = "Only theses about this company code (any case)", example = "NVDA")
            @QueryParam("company") String company,
            @Parameter(description = "Only this layer") @QueryParam("layer") Layer layer,
            @Valid @BeanParam PageParams paging) {
        return theses.search(status, company, layer, paging);
    }

    @GET
    @Path("/{id}")
    @ConditionalRead
    @Extension(name = ConditionalRead.DOCUMENTED, value = "true")
    @Operation(operationId = "getThesis", summary = "Get a thesis",
            description = "Any signed-in caller. Send the ETag back in If-None-Match to get a 304 while the thesis "
                    + "is unchanged.")
    @APIResponse(responseCode = "200", description = "The thesis")
    public ThesisResponse getThesis(@Parameter(description = "The thesis' id") @PathParam("id") UUID id) {
        return theses.find(id).orElseThrow(() -> ResourceNotFoundException.of("Thesis", id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "updateThesis",
            summary = "Replace a thesis; carries the version read, a stale one answers 409",
            description = "Its owner or an admin. The body replaces the thesis (summary and horizon left out are "
                    + "cleared; status left out is kept); companies added are checked with company-service first.")
    @APIResponse(responseCode = "200", description = "The updated thesis, with its new version")
    @APIResponse(responseCode = "409", description = "The thesis changed since that version; nothing was changed")
    @APIResponse(responseCode = "503", description = "company-service could not be asked about the companies "
            + "added; nothing was changed")
    public ThesisResponse updateThesis(@Parameter(description = "The thesis' id") @PathParam("id") UUID id,
            @NotNull @Valid ThesisUpdateRequest request) {
        return theses.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "deleteThesis", summary = "Delete a thesis with its journal and triggers",
            description = "Its owner or an admin. The journal and the triggers go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The thesis changed while it was being deleted; read it again")
    public void deleteThesis(@Parameter(description = "The thesis' id") @PathParam("id") UUID id) {
        theses.delete(id);
    }
}
