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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.thesiswatch.common.security.Roles;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.company.api.Codes;
import io.thesiswatch.company.api.CompanyRequest;
import io.thesiswatch.company.api.CompanyResponse;
import io.thesiswatch.company.api.OnCreate;
import io.thesiswatch.company.domain.Layer;
import io.thesiswatch.company.service.CompanyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Companies", description = "Companies of the AI value chain")
@Authenticated
public class CompanyResource {

    private final CompanyService companies;

    public CompanyResource(CompanyService companies) {
        this.companies = companies;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCompany", summary = "Create a company")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = CompanyResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is already used by a company or a group")
    public Response createCompany(@NotNull @Valid @ConvertGroup(from = Default.class, to = OnCreate.class)
            CompanyRequest request) {
        CompanyResponse created = companies.create(request);
        return Response.created(URI.create("/api/v1/companies/" + created.code())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listCompanies", summary = "List companies, sorted by code")
    @APIResponse(responseCode = "200", description = "A page of companies")
    public PageResult<CompanyResponse> listCompanies(
            @Parameter(description = "Only this value-chain layer") @QueryParam("layer") Layer layer,
            @Parameter(description = "Only companies with this tag") @QueryParam("tag") String tag,
            @Parameter(description = "Text in the code or name, any case") @QueryParam("q") String q,
            @Valid @BeanParam PageParams paging) {
        return companies.search(layer, tag, q, paging);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCompany", summary = "Get a company")
    @APIResponse(responseCode = "200", description = "The company")
    public CompanyResponse getCompany(@PathParam("code") String code) {
        String normalized = Codes.normalize(code);
        return companies.find(normalized).orElseThrow(() -> ResourceNotFoundException.of("Company", normalized));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateCompany", summary = "Replace a company's details")
    @APIResponse(responseCode = "200", description = "The updated company")
    public CompanyResponse updateCompany(@PathParam("code") String code, @NotNull @Valid CompanyRequest request) {
        return companies.update(Codes.normalize(code), request);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteCompany", summary = "Delete a company that no group or observation uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "A group or observations still use it")
    public void deleteCompany(@PathParam("code") String code) {
        companies.delete(Codes.normalize(code));
    }
}
