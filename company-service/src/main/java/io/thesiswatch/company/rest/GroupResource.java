package io.thesiswatch.company.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BeanParam;
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
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.company.api.Codes;
import io.thesiswatch.company.api.GroupRequest;
import io.thesiswatch.company.api.GroupResponse;
import io.thesiswatch.company.api.OnCreate;
import io.thesiswatch.company.service.GroupService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Groups", description = "Named sets of companies, e.g. BIG6")
@Authenticated
public class GroupResource {

    private final GroupService groups;

    public GroupResource(GroupService groups) {
        this.groups = groups;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createGroup", summary = "Create a group of existing companies")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = GroupResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is already used by a company or a group")
    public Response createGroup(@NotNull @Valid @ConvertGroup(from = Default.class, to = OnCreate.class)
            GroupRequest request) {
        GroupResponse created = groups.create(request);
        return Response.created(URI.create("/api/v1/groups/" + created.code())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listGroups", summary = "List groups, sorted by code")
    @APIResponse(responseCode = "200", description = "A page of groups")
    public PageResult<GroupResponse> listGroups(@Valid @BeanParam PageParams paging) {
        return groups.list(paging);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getGroup", summary = "Get a group")
    @APIResponse(responseCode = "200", description = "The group")
    public GroupResponse getGroup(@PathParam("code") String code) {
        String normalized = Codes.normalize(code);
        return groups.find(normalized).orElseThrow(() -> ResourceNotFoundException.of("Group", normalized));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateGroup", summary = "Replace a group's name and members")
    @APIResponse(responseCode = "200", description = "The updated group")
    public GroupResponse updateGroup(@PathParam("code") String code, @NotNull @Valid GroupRequest request) {
        return groups.update(Codes.normalize(code), request);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteGroup", summary = "Delete a group that has no observations of its own")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The group has observations of its own")
    public void deleteGroup(@PathParam("code") String code) {
        groups.delete(Codes.normalize(code));
    }
}
