package io.thesiswatch.thesis.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import io.thesiswatch.common.http.ConditionalRead;
import io.thesiswatch.common.security.Roles;
import io.thesiswatch.thesis.api.TriggerCreateRequest;
import io.thesiswatch.thesis.api.TriggerResponse;
import io.thesiswatch.thesis.api.TriggerUpdateRequest;
import io.thesiswatch.thesis.service.TriggerService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    @Operation(operationId = "createTrigger", summary = "Attach a risk trigger on an existing series to a thesis",
            description = "The thesis' owner or an admin. The series (and the kind and basis of its periods) is "
                    + "checked with company-service before anything is stored; so is every reference of an "
                    + "expression.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TriggerCreateRequest.class),
            examples = {@ExampleObject(name = "Capex cycle ends", description = "Big-6 capex growing less than 10% "
                    + "a year", value = """
                    {"name": "Capex cycle ends", "series": {"subject": "BIG6", "metric": "CAPEX", "transform": "YOY_PCT",
                     "kind": "YEAR", "basis": "CALENDAR"}, "operator": "LT", "threshold": 10, "clearThreshold": 12,
                     "severity": "CRITICAL"}"""),
                @ExampleObject(name = "NVIDIA's capex intensity", description = "An expression: NVIDIA's capex as a "
                        + "percent of its revenue, by fiscal quarter", value = """
                    {"name": "NVIDIA's own capex passes 4% of its revenue",
                     "series": {"expression": "{NVDA:CAPEX} / {NVDA:REVENUE} * 100", "unit": "PERCENT",
                                "kind": "QUARTER", "basis": "FISCAL"},
                     "operator": "GT", "threshold": 4, "clearThreshold": 3.5, "severity": "WARNING"}""")}))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = TriggerResponse.class)))
    @APIResponse(responseCode = "409", description = "The thesis was deleted meanwhile; nothing was stored")
    @APIResponse(responseCode = "503", description = "company-service could not be asked; nothing was stored")
    public Response createTrigger(@Parameter(description = "The thesis' id") @PathParam("id") UUID id,
            @NotNull @Valid TriggerCreateRequest request) {
        TriggerResponse created = triggers.create(id, request);
        URI location = URI.create("/api/v1/theses/" + id + "/triggers/" + created.id());
        return Response.created(location).entity(created).build();
    }

    @GET
    @ConditionalRead
    @Extension(name = ConditionalRead.DOCUMENTED, value = "true")
    @Operation(operationId = "listThesisTriggers", summary = "A thesis' triggers, oldest first",
            description = "Any signed-in caller. All of the thesis' triggers in one list (not paged). Send the ETag "
                    + "back in If-None-Match to get a 304 while they are unchanged.")
    @APIResponse(responseCode = "200", description = "The triggers",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TriggerResponse.class)))
    public List<TriggerResponse> listThesisTriggers(
            @Parameter(description = "The thesis' id") @PathParam("id") UUID id) {
        return triggers.ofThesis(id);
    }

    @GET
    @Path("/{triggerId}")
    @ConditionalRead
    @Extension(name = ConditionalRead.DOCUMENTED, value = "true")
    @Operation(operationId = "getTrigger", summary = "Get a trigger",
            description = "Any signed-in caller; the trigger must belong to the thesis. Send the ETag back in "
                    + "If-None-Match to get a 304 while it is unchanged.")
    @APIResponse(responseCode = "200", description = "The trigger")
    public TriggerResponse getTrigger(@Parameter(description = "The thesis' id") @PathParam("id") UUID id,
            @Parameter(description = "The trigger's id") @PathParam("triggerId") UUID triggerId) {
        return triggers.find(id, triggerId);
    }

    @PUT
    @Path("/{triggerId}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "updateTrigger", summary = "Replace a trigger (enable, snooze, change the condition)",
            description = "The thesis' owner or an admin. The body replaces the trigger; its kind of period never "
                    + "changes. A new series or basis is checked with company-service first.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TriggerUpdateRequest.class),
            examples = @ExampleObject(name = "Capex cycle ends", description = "Snooze the demo trigger's condition "
                    + "until February, as version 0", value = """
                    {"name": "Capex cycle ends", "series": {"subject": "BIG6", "metric": "CAPEX", "transform": "YOY_PCT",
                     "kind": "YEAR", "basis": "CALENDAR"}, "operator": "LT", "threshold": 10, "clearThreshold": 12,
                     "forPeriods": 1, "severity": "CRITICAL", "enabled": true, "snoozedUntil": "2027-02-01T00:00:00Z",
                     "version": 0}""")))
    @APIResponse(responseCode = "200", description = "The updated trigger")
    @APIResponse(responseCode = "409", description = "The trigger changed since the version sent (or while it was "
            + "being written); nothing was changed")
    @APIResponse(responseCode = "503", description = "company-service could not be asked about the new series or "
            + "basis; nothing was changed")
    public TriggerResponse updateTrigger(@Parameter(description = "The thesis' id") @PathParam("id") UUID id,
            @Parameter(description = "The trigger's id") @PathParam("triggerId") UUID triggerId,
            @NotNull @Valid TriggerUpdateRequest request) {
        return triggers.update(id, triggerId, request);
    }

    @DELETE
    @Path("/{triggerId}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "deleteTrigger", summary = "Delete a trigger",
            description = "The thesis' owner or an admin; the trigger must belong to the thesis.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The trigger changed while it was being deleted; read it again")
    public void deleteTrigger(@Parameter(description = "The thesis' id") @PathParam("id") UUID id,
            @Parameter(description = "The trigger's id") @PathParam("triggerId") UUID triggerId) {
        triggers.delete(id, triggerId);
    }
}
