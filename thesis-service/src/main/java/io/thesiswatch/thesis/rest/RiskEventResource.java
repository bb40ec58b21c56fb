package io.thesiswatch.thesis.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.thesiswatch.common.security.Roles;
import io.thesiswatch.thesis.api.RiskEventRequest;
import io.thesiswatch.thesis.api.RiskEventResult;
import io.thesiswatch.thesis.service.RiskEventService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/theses/{id}/risk-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risk events", description = "Trigger events reported by alert-service")
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
public class RiskEventResource {

    private final RiskEventService events;

    public RiskEventResource(RiskEventService events) {
        this.events = events;
    }

    @POST
    @Operation(operationId = "reportRiskEvent",
            summary = "Journal a trigger event once per eventId; a CRITICAL firing puts an ACTIVE thesis AT_RISK",
            description = "alert-service (role service) or an admin. The event is written to the thesis' journal "
                    + "once: the same eventId again answers 202 with recorded false and changes nothing.")
    @APIResponse(responseCode = "202", description = "Accepted (recorded is false for a repeated eventId)",
            content = @Content(schema = @Schema(implementation = RiskEventResult.class)))
    @APIResponse(responseCode = "409", description = "The same eventId was being recorded at the same moment, or the "
            + "thesis changed meanwhile; retrying is safe")
    public Response reportRiskEvent(@Parameter(description = "The thesis' id") @PathParam("id") UUID id,
            @NotNull @Valid RiskEventRequest event) {
        return Response.accepted(events.record(id, event)).build();
    }
}
