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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.thesiswatch.common.http.ConditionalRead;
import io.thesiswatch.common.security.Roles;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.company.api.Codes;
import io.thesiswatch.company.api.CompanyCreateRequest;
import io.thesiswatch.company.api.CompanyResponse;
import io.thesiswatch.company.api.CompanyUpdateRequest;
import io.thesiswatch.company.domain.Layer;
import io.thesiswatch.company.service.CompanyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Companies", description = "Companies of the AI value chain")
@Authenticated
public class CompanyResource {

    private static final String CODE = "Company code, any case (nvda finds NVDA)";

    private final CompanyService companies;

    public CompanyResource(CompanyService companies) {
        this.companies = companies;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCompany", summary = "Create a company",
            description = "Adds a company to the catalog and answers it, with its URL in Location. Admins only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CompanyCreateRequest.class),
            examples = @ExampleObject(name = "AMD", description = "A company the demo catalog does not have yet",
                    value = """
                    {"code": "AMD", "name": "Advanced Micro Devices", "exchange": "NASDAQ", "country": "US",
                     "layer": "INFRASTRUCTURE", "tags": ["gpu"], "description": "GPUs and AI accelerators",
                     "fiscalYearEnd": "12-31"}""")))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = CompanyResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is already used by a company or a group")
    public Response createCompany(@NotNull @Valid CompanyCreateRequest request) {
        CompanyResponse created = companies.create(request);
        return Response.created(URI.create("/api/v1/companies/" + created.code())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listCompanies", summary = "List companies, sorted by code",
            description = "A page of the catalog's companies, sorted by code, optionally only those of a layer, with "
                    + "a tag or with some text in their code or name. Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "A page of companies")
    public PageResult<CompanyResponse> listCompanies(
            @Parameter(description = "Only this value-chain layer", example = "INFRASTRUCTURE") @QueryParam("layer")
            Layer layer,
            @Parameter(description = "Only companies with this tag", example = "gpu") @QueryParam("tag") String tag,
            @Parameter(description = "Text in the code or name, any case", example = "nvidia") @QueryParam("q")
            String q,
            @Valid @BeanParam PageParams paging) {
        return companies.search(layer, tag, q, paging);
    }

    @GET
    @Path("/{code}")
    @ConditionalRead
    @Extension(name = ConditionalRead.DOCUMENTED, value = "true")
    @Operation(operationId = "getCompany", summary = "Get a company",
            description = "One company of the catalog. Answers carry an ETag: send it back as If-None-Match to get "
                    + "304 with no body while the company is unchanged. Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "The company",
            content = @Content(schema = @Schema(implementation = CompanyResponse.class)))
    public CompanyResponse getCompany(@Parameter(description = CODE, example = "NVDA") @PathParam("code") String code) {
        String normalized = Codes.normalize(code);
        return companies.find(normalized).orElseThrow(() -> ResourceNotFoundException.of("Company", normalized));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateCompany", summary = "Replace a company's details",
            description = "Replaces everything but the code (and the fiscal year end, when left out) and answers the "
                    + "company as stored. Admins only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CompanyUpdateRequest.class),
            examples = @ExampleObject(name = "NVIDIA", value = """
                    {"name": "NVIDIA", "exchange": "NASDAQ", "country": "US", "layer": "INFRASTRUCTURE",
                     "tags": ["gpu", "networking"], "description": "GPUs, the CUDA developer platform and networking",
                     "fiscalYearEnd": "01-28"}""")))
    @APIResponse(responseCode = "200", description = "The updated company",
            content = @Content(schema = @Schema(implementation = CompanyResponse.class)))
    public CompanyResponse updateCompany(
            @Parameter(description = CODE, example = "NVDA") @PathParam("code") String code,
            @NotNull @Valid CompanyUpdateRequest request) {
        return companies.update(Codes.normalize(code), request);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteCompany", summary = "Delete a company that no group or observation uses",
            description = "Removes a company from the catalog; 409 while a group has it as a member or it has "
                    + "observations. Admins only.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "A group or observations still use it")
    public void deleteCompany(@Parameter(description = CODE, example = "YUM") @PathParam("code") String code) {
        companies.delete(Codes.normalize(code));
    }
}
