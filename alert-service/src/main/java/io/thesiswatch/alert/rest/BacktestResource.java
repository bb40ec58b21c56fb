package io.thesiswatch.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.thesiswatch.alert.api.BacktestRequest;
import io.thesiswatch.alert.api.BacktestResponse;
import io.thesiswatch.alert.service.backtest.Backtests;
import io.thesiswatch.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/backtests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Backtests", description = "A trigger replayed over its series' history")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class BacktestResource {

    private final Backtests backtests;

    public BacktestResource(Backtests backtests) {
        this.backtests = backtests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "runBacktest",
            summary = "When a trigger would have fired and resolved over its series' history, before you save it",
            description = "Replays a saved trigger (triggerId) or one given in full, as thesis-service would accept "
                    + "it, over the latest 400 periods of its series, period by period, with the live check's "
                    + "evaluator and the state each evaluation leaves: every episode (fired at which period and "
                    + "value, resolved at which), the state now, and the emails a subscriber with each minSeverity "
                    + "and notifyResolved would have received (quiet hours, caps and digests aside). It replays the "
                    + "values company-service holds today, restatements included, and stores nothing. Analysts and "
                    + "admins.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BacktestRequest.class),
            examples = {@ExampleObject(name = "NVIDIA's share of the six giants' capex", value = """
                    {"name": "NVIDIA's share of the giants' capex falls below 30%",
                     "series": {"expression": "{NVDA:REVENUE} / {BIG6:CAPEX} * 100", "unit": "PERCENT",
                                "kind": "YEAR", "basis": "CALENDAR"},
                     "operator": "LT", "threshold": 30, "severity": "WARNING"}"""),
                @ExampleObject(name = "A saved trigger", value = """
                    {"triggerId": "6f1c1b1e-5a7d-4c1e-9a51-2f0e7d1c9b3a"}""")}))
    @APIResponse(responseCode = "200", description = "The replay",
            content = @Content(schema = @Schema(implementation = BacktestResponse.class)))
    @APIResponse(responseCode = "404", description = "No saved trigger has this triggerId")
    public BacktestResponse runBacktest(@NotNull @Valid BacktestRequest request) {
        return backtests.run(request);
    }
}
