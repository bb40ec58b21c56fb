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
    @Operation(operationId = "runCheck", summary = "Check every enabled trigger now, and wait for the result")
    @APIResponse(responseCode = "200", description = "What the check found",
            content = @Content(schema = @Schema(implementation = CheckRunResponse.class)))
    @APIResponse(responseCode = "409", description = "A check is running")
    public CheckRunResponse runCheck() {
        return checks.runRequested();
    }

    @GET
    @Operation(operationId = "listChecks", summary = "Check runs, newest first")
    @APIResponse(responseCode = "200", description = "A page of check runs")
    public PageResult<CheckRunResponse> listChecks(@Valid @BeanParam PageParams paging) {
        return reports.checkRuns(paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCheck", summary = "Get a check run")
    @APIResponse(responseCode = "200", description = "The check run")
    public CheckRunResponse getCheck(@PathParam("id") long id) {
        return reports.checkRun(id);
    }
}
