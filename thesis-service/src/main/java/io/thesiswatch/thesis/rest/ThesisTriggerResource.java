package io.thesiswatch.thesis.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.thesiswatch.common.security.Roles;
import io.thesiswatch.thesis.api.TriggerRequest;
import io.thesiswatch.thesis.api.TriggerResponse;
import io.thesiswatch.thesis.service.TriggerService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/theses/{id}/triggers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Triggers", description = "Risk triggers of a thesis")
@Authenticated
public class ThesisTriggerResource {

    private final TriggerService triggers;

    public ThesisTriggerResource(TriggerService triggers) {
        this.triggers = triggers;
    }

    @POST
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "createTrigger", summary = "Attach a risk trigger on an existing series to a thesis")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = TriggerResponse.class)))
    @APIResponse(responseCode = "503", description = "company-service could not be asked; nothing was stored")
    public Response createTrigger(@PathParam("id") UUID id, @NotNull @Valid TriggerRequest request) {
        TriggerResponse created = triggers.create(id, request);
        URI location = URI.create("/api/v1/theses/" + id + "/triggers/" + created.id());
        return Response.created(location).entity(created).build();
    }

    @GET
    @Operation(operationId = "listThesisTriggers", summary = "A thesis' triggers, oldest first")
    @APIResponse(responseCode = "200", description = "The triggers",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TriggerResponse.class)))
    public List<TriggerResponse> listThesisTriggers(@PathParam("id") UUID id) {
        return triggers.ofThesis(id);
    }

    @GET
    @Path("/{triggerId}")
    @Operation(operationId = "getTrigger", summary = "Get a trigger")
    @APIResponse(responseCode = "200", description = "The trigger")
    public TriggerResponse getTrigger(@PathParam("id") UUID id, @PathParam("triggerId") UUID triggerId) {
        return triggers.find(id, triggerId);
    }

    @PUT
    @Path("/{triggerId}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "updateTrigger", summary = "Replace a trigger (enable, snooze, change the condition)")
    @APIResponse(responseCode = "200", description = "The updated trigger")
    @APIResponse(responseCode = "409", description = "A version was sent and the trigger changed since")
    @APIResponse(responseCode = "503", description = "company-service could not be asked; nothing was changed")
    public TriggerResponse updateTrigger(@PathParam("id") UUID id, @PathParam("triggerId") UUID triggerId,
            @NotNull @Valid TriggerRequest request) {
        return triggers.update(id, triggerId, request);
    }

    @DELETE
    @Path("/{triggerId}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "deleteTrigger", summary = "Delete a trigger")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteTrigger(@PathParam("id") UUID id, @PathParam("triggerId") UUID triggerId) {
        triggers.delete(id, triggerId);
    }
}
