package io.thesiswatch.alert.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.thesiswatch.alert.api.AlertEventResponse;
import io.thesiswatch.alert.api.DeliveryResponse;
import io.thesiswatch.alert.api.DigestRunResponse;
import io.thesiswatch.alert.api.TriggerStateResponse;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.alert.service.ReportQueries;
import io.thesiswatch.alert.service.outbox.EmailDeliveryWorker;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Trigger states, alert events and email deliveries")
public class ReportResource {

    private final ReportQueries reports;
    private final EmailDeliveryWorker emails;

    public ReportResource(ReportQueries reports, EmailDeliveryWorker emails) {
        this.reports = reports;
        this.emails = emails;
    }

    @GET
    @Path("/trigger-states")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "listTriggerStates", summary = "Every checked trigger's state, by trigger id",
            description = "Analysts and admins. One row per trigger that has been checked, ordered by trigger id, "
                    + "paged with page and size; filter by thesis and state.")
    @APIResponse(responseCode = "200", description = "A page of trigger states")
    public PageResult<TriggerStateResponse> listTriggerStates(
            @Parameter(description = "Only this thesis' triggers") @QueryParam("thesisId") UUID thesisId,
            @Parameter(description = "Only this state") @QueryParam("state") TriggerCondition state,
            @Valid @BeanParam PageParams paging) {
        return reports.triggerStates(thesisId, state, paging);
    }

    @GET
    @Path("/alerts")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "listAlerts", summary = "Alert events, newest first",
            description = "Analysts and admins. Every trigger firing and resolving, paged with page and size; "
                    + "filter by thesis, trigger and kind.")
    @APIResponse(responseCode = "200", description = "A page of alert events")
    public PageResult<AlertEventResponse> listAlerts(
            @Parameter(description = "Only this thesis") @QueryParam("thesisId") UUID thesisId,
            @Parameter(description = "Only this trigger") @QueryParam("triggerId") UUID triggerId,
            @Parameter(description = "Only events of this kind") @QueryParam("kind") EventKind kind,
            @Valid @BeanParam PageParams paging) {
        return reports.alerts(thesisId, triggerId, kind, paging);
    }

    @GET
    @Path("/deliveries")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listDeliveries", summary = "The email outbox, newest first",
            description = "Admins only. One row per email (alert or confirmation) to one subscriber, with its "
                    + "attempts and latest error, paged with page and size; filter by subscriber and status.")
    @APIResponse(responseCode = "200", description = "A page of outbox rows")
    public PageResult<DeliveryResponse> listDeliveries(
            @Parameter(description = "Only this subscriber") @QueryParam("subscriberId") UUID subscriberId,
            @Parameter(description = "Only rows with this status") @QueryParam("status") DeliveryStatus status,
            @Valid @BeanParam PageParams paging) {
        return reports.deliveries(subscriberId, status, paging);
    }

    @POST
    @Path("/digests")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "sendDigests", summary = "Send the daily digests now rather than at their scheduled time",
            description = "Admins only. Sends each DAILY subscriber one email with the alerts waiting for them; a "
                    + "digest that cannot be sent waits for its retry. Answers how many went out.")
    @APIResponse(responseCode = "200", description = "How many digests went out",
            content = @Content(schema = @Schema(implementation = DigestRunResponse.class)))
    public DigestRunResponse sendDigests() {
        return emails.sendDigests();
    }
}
