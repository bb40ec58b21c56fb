package io.thesiswatch.thesis.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.security.Roles;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.thesis.api.TriggerRanges;
import io.thesiswatch.thesis.api.TriggerResponse;
import io.thesiswatch.thesis.repository.TriggerRepository;
import io.thesiswatch.thesis.service.TriggerService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/triggers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Triggers")
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
public class TriggerFeedResource {

    /** Pages as far as other lists go: with up to 1000 items a page, no offset passes an int. */
    private static final int MAX_PAGE = PageParams.MAX_PAGE;
    private static final String PAGE_RANGE = "must be between 0 and " + MAX_PAGE;
    private static final String SIZE_RANGE = "must be between 1 and " + TriggerService.MAX_PAGE_SIZE;

    private static final int MAX_RANGE = 100_000;
    private static final String RANGE_SIZE = "must be between 1 and " + MAX_RANGE;

    private final TriggerService triggers;

    public TriggerFeedResource(TriggerService triggers) {
        this.triggers = triggers;
    }

    @GET
    @Operation(operationId = "listAllTriggers",
            summary = "Triggers across all theses, by id, with their thesis (what a checker pages through)",
            description = "alert-service (role service) or an admin. One page of the triggers of every thesis in a "
                    + "stable order (by id), each with its thesis' title, status and companies; up to 1000 a page.")
    @APIResponse(responseCode = "200", description = "A page of triggers")
    public PageResult<TriggerResponse> listAllTriggers(
            @Parameter(description = "true: enabled and not snoozed now; false: the others; left out: all")
            @QueryParam("enabled") Boolean enabled,
            @Parameter(description = "true: a snoozed trigger counts as enabled (alert-service checks snoozed "
                    + "triggers and holds their alerts back); default false")
            @QueryParam("includeSnoozed") @DefaultValue("false") boolean includeSnoozed,
            @Parameter(description = "Only triggers whose id comes after this one, in the feed's order (a range of "
                    + "GET /api/v1/triggers/ranges)") @QueryParam("after") UUID after,
            @Parameter(description = "Only triggers whose id is this one or comes before it, in the feed's order")
            @QueryParam("through") UUID through,
            @Parameter(description = "0-based page number, 0 to 100000") @QueryParam("page") @DefaultValue("0")
            @Min(value = 0, message = PAGE_RANGE) @Max(value = MAX_PAGE, message = PAGE_RANGE) int page,
            @Parameter(description = "Items per page, 1 to 1000") @QueryParam("size") @DefaultValue("100")
            @Min(value = 1, message = SIZE_RANGE) @Max(value = TriggerService.MAX_PAGE_SIZE, message = SIZE_RANGE)
            int size) {
        return triggers.page(enabled, includeSnoozed, new TriggerRepository.IdRange(after, through), page, size);
    }

    @GET
    @Path("/ranges")
    @Operation(operationId = "listTriggerRanges",
            summary = "The enabled triggers cut into ranges of ids (how checkers share a check)",
            description = "alert-service (role service) or an admin. The ids that cut the enabled triggers, in the "
                    + "feed's order, into ranges of size triggers; each range is then read from the feed with after "
                    + "and through. Triggers added later fall into one of the ranges, the last one being open.")
    @APIResponse(responseCode = "200", description = "The boundaries of the ranges")
    public TriggerRanges listTriggerRanges(
            @Parameter(description = "true: snoozed triggers count as enabled (as the checker reads the feed)")
            @QueryParam("includeSnoozed") @DefaultValue("false") boolean includeSnoozed,
            @Parameter(description = "Triggers per range, 1 to 100000") @QueryParam("size") @DefaultValue("1000")
            @Min(value = 1, message = RANGE_SIZE) @Max(value = MAX_RANGE, message = RANGE_SIZE) int size) {
        return triggers.ranges(includeSnoozed, size);
    }

    @GET
    @Path("/{triggerId}")
    @Operation(operationId = "getAnyTrigger",
            summary = "One trigger by its id, whatever its thesis (what a backtest of a saved trigger reads)",
            description = "alert-service (role service) or an admin.")
    @APIResponse(responseCode = "200", description = "The trigger")
    public TriggerResponse getAnyTrigger(@PathParam("triggerId") UUID triggerId) {
        return triggers.find(triggerId);
    }
}
