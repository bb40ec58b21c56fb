package io.thesiswatch.company.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import io.thesiswatch.common.http.ConditionalRead;
import io.thesiswatch.common.security.Roles;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.company.api.Codes;
import io.thesiswatch.company.api.GroupCreateRequest;
import io.thesiswatch.company.api.GroupResponse;
import io.thesiswatch.company.api.GroupUpdateRequest;
import io.thesiswatch.company.service.GroupService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Groups", description = "Named sets of companies, e.g. BIG6")
@Authenticated
public class GroupResource {

    private static final String CODE = "Group code, any case (big6 finds BIG6)";

    private final GroupService groups;

    public GroupResource(GroupService groups) {
        this.groups = groups;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createGroup", summary = "Create a group of existing companies",
            description = "Adds a group whose members are existing companies (400 names each unknown one) and "
                    + "answers it, with its URL in Location. Admins only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GroupCreateRequest.class),
            examples = @ExampleObject(name = "CLOUD3", description = "A group of demo companies the demo catalog does "
                    + "not have yet", value = """
                    {"code": "CLOUD3", "name": "The three clouds", "members": ["AMZN", "MSFT", "GOOGL"],
                     "description": "AWS, Azure and Google Cloud"}""")))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = GroupResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is already used by a company or a group")
    public Response createGroup(@NotNull @Valid GroupCreateRequest request) {
        GroupResponse created = groups.create(request);
        return Response.created(URI.create("/api/v1/groups/" + created.code())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listGroups", summary = "List groups, sorted by code",
            description = "A page of the catalog's groups, sorted by code, with their members. Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "A page of groups")
    public PageResult<GroupResponse> listGroups(@Valid @BeanParam PageParams paging) {
        return groups.list(paging);
    }

    @GET
    @Path("/{code}")
    @ConditionalRead
    @Extension(name = ConditionalRead.DOCUMENTED, value = "true")
    @Operation(operationId = "getGroup", summary = "Get a group",
            description = "One group with its members. Answers carry an ETag: send it back as If-None-Match to get "
                    + "304 with no body while the group is unchanged. Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "The group",
            content = @Content(schema = @Schema(implementation = GroupResponse.class)))
    public GroupResponse getGroup(@Parameter(description = CODE, example = "BIG6") @PathParam("code") String code) {
        String normalized = Codes.normalize(code);
        return groups.find(normalized).orElseThrow(() -> ResourceNotFoundException.of("Group", normalized));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateGroup", summary = "Replace a group's name and members",
            description = "Replaces the name, members and description (the code stays) and answers the group as "
                    + "stored. Admins only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GroupUpdateRequest.class),
            examples = @ExampleObject(name = "Chinese model vendors", value = """
                    {"name": "Chinese model vendors", "members": ["DEEPSEEK", "BABA"],
                     "description": "DeepSeek and Alibaba (Qwen)"}""")))
    @APIResponse(responseCode = "200", description = "The updated group",
            content = @Content(schema = @Schema(implementation = GroupResponse.class)))
    public GroupResponse updateGroup(@Parameter(description = CODE, example = "CN-LLM") @PathParam("code") String code,
            @NotNull @Valid GroupUpdateRequest request) {
        return groups.update(Codes.normalize(code), request);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteGroup", summary = "Delete a group that has no observations of its own",
            description = "Removes a group (its member companies stay); 409 while it has observations of its own. "
                    + "Admins only.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The group has observations of its own")
    public void deleteGroup(@Parameter(description = CODE, example = "CLOUD3") @PathParam("code") String code) {
        groups.delete(Codes.normalize(code));
    }
}
