package io.thesiswatch.thesis.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
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
import io.thesiswatch.common.security.Roles;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.thesis.api.OnUpdate;
import io.thesiswatch.thesis.api.ThesisRequest;
import io.thesiswatch.thesis.api.ThesisResponse;
import io.thesiswatch.thesis.domain.Layer;
import io.thesiswatch.thesis.domain.ThesisStatus;
import io.thesiswatch.thesis.service.ThesisService;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(operationId = "createThesis", summary = "Write a thesis about existing companies; it starts ACTIVE")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = ThesisResponse.class)))
    @APIResponse(responseCode = "503", description = "company-service could not be asked; nothing was stored")
    public Response createThesis(@NotNull @Valid ThesisRequest request) {
        ThesisResponse created = theses.create(request);
        return Response.created(URI.create("/api/v1/theses/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listTheses", summary = "List theses, newest first")
    @APIResponse(responseCode = "200", description = "A page of theses")
    public PageResult<ThesisResponse> listTheses(
            @Parameter(description = "Only this status") @QueryParam("status") ThesisStatus status,
            @Parameter(description = "Only theses about this company code") @QueryParam("company") String company,
            @Parameter(description = "Only this layer") @QueryParam("layer") Layer layer,
            @Valid @BeanParam PageParams paging) {
        return theses.search(status, company, layer, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getThesis", summary = "Get a thesis")
    @APIResponse(responseCode = "200", description = "The thesis")
    public ThesisResponse getThesis(@PathParam("id") UUID id) {
        return theses.find(id).orElseThrow(() -> ResourceNotFoundException.of("Thesis", id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "updateThesis",
            summary = "Replace a thesis; carries the version read, a stale one answers 409")
    @APIResponse(responseCode = "200", description = "The updated thesis, with its new version")
    @APIResponse(responseCode = "409", description = "The thesis changed since that version; nothing was changed")
    @APIResponse(responseCode = "503", description = "company-service could not be asked; nothing was changed")
    public ThesisResponse updateThesis(@PathParam("id") UUID id,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) ThesisRequest request) {
        return theses.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "deleteThesis", summary = "Delete a thesis with its journal and triggers")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteThesis(@PathParam("id") UUID id) {
        theses.delete(id);
    }
}
