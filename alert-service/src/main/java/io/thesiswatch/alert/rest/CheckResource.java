package io.thesiswatch.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.thesiswatch.alert.api.CheckRunResponse;
import io.thesiswatch.alert.service.ReportQueries;
import io.thesiswatch.alert.service.check.CheckService;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checks", description = "Runs of the trigger check")
@RolesAllowed(Roles.ADMIN)
public class CheckResource {

    private final CheckService checks;
    private final ReportQueries reports;

    public CheckResource(CheckService checks, ReportQueries reports) {
        this.checks = checks;
        this.reports = reports;
    }

    @POST
    @Operation(operationId = "runCheck", summary = "Check every enabled trigger now, and wait for the result",
            description = "Admins only. Reads every enabled trigger from thesis-service and its series from "
                    + "company-service, records states and events and queues their emails, then answers the run. A "
                    + "neighbour that cannot be reached does not fail the call: the run's problem says so.")
    @APIResponse(responseCode = "200", description = "What the check found",
            content = @Content(schema = @Schema(implementation = CheckRunResponse.class)))
    @APIResponse(responseCode = "409", description = "A check is running (here or on another replica); try again "
            + "when it has finished")
    public CheckRunResponse runCheck() {
        return checks.runRequested();
    }

    @GET
    @Operation(operationId = "listChecks", summary = "Check runs, newest first",
            description = "Admins only. Scheduled and requested runs, paged with page and size.")
    @APIResponse(responseCode = "200", description = "A page of check runs")
    public PageResult<CheckRunResponse> listChecks(@Valid @BeanParam PageParams paging) {
        return reports.checkRuns(paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCheck", summary = "Get a check run",
            description = "Admins only. A run that is still going has no finishedAt yet.")
    @APIResponse(responseCode = "200", description = "The check run")
    @APIResponse(responseCode = "404", description = "No such check run")
    public CheckRunResponse getCheck(@Parameter(description = "The run's id") @PathParam("id") long id) {
        return reports.checkRun(id);
    }
}
