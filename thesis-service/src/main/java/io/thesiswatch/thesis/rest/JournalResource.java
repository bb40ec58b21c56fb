package io.thesiswatch.thesis.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.thesiswatch.common.http.ConditionalRead;
import io.thesiswatch.common.security.Roles;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.thesis.api.JournalEntryResponse;
import io.thesiswatch.thesis.api.JournalRequest;
import io.thesiswatch.thesis.service.JournalService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/theses/{id}/journal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Journal", description = "Dated notes on a thesis, including trigger events")
@Authenticated
public class JournalResource {

    private final JournalService journal;

    public JournalResource(JournalService journal) {
        this.journal = journal;
    }

    @POST
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "writeJournalEntry", summary = "Add a note to a thesis' journal",
            description = "The thesis' owner or an admin; the caller is the entry's author.")
    @APIResponse(responseCode = "201", description = "The entry; Location names it",
            content = @Content(schema = @Schema(implementation = JournalEntryResponse.class)))
    @APIResponse(responseCode = "409", description = "The thesis was deleted meanwhile; nothing was stored")
    public Response writeJournalEntry(@Parameter(description = "The thesis' id") @PathParam("id") UUID id,
            @NotNull @Valid JournalRequest request) {
        JournalEntryResponse entry = journal.write(id, request);
        return Response.created(URI.create("/api/v1/theses/" + id + "/journal/" + entry.id())).entity(entry).build();
    }

    @GET
    @ConditionalRead
    @Extension(name = ConditionalRead.DOCUMENTED, value = "true")
    @Operation(operationId = "readJournal", summary = "A thesis' journal, newest first; system entries are marked",
            description = "Any signed-in caller. One page of the thesis' journal, newest first: people's notes and "
                    + "the system's entries for trigger events. Send the ETag back in If-None-Match to get a 304 "
                    + "while the page is unchanged.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    public PageResult<JournalEntryResponse> readJournal(
            @Parameter(description = "The thesis' id") @PathParam("id") UUID id,
            @Valid @BeanParam PageParams paging) {
        return journal.read(id, paging);
    }

    @GET
    @Path("/{entryId}")
    @Operation(operationId = "getJournalEntry", summary = "Get one journal entry",
            description = "Any signed-in caller; the entry must belong to the thesis. This is where the Location of "
                    + "a new entry points.")
    @APIResponse(responseCode = "200", description = "The entry")
    public JournalEntryResponse getJournalEntry(@Parameter(description = "The thesis' id") @PathParam("id") UUID id,
            @Parameter(description = "The entry's id") @PathParam("entryId") long entryId) {
        return journal.find(id, entryId);
    }
}
