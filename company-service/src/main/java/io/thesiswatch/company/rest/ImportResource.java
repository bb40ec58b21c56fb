package io.thesiswatch.company.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.thesiswatch.common.security.Roles;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.company.api.Codes;
import io.thesiswatch.company.sec.ImportJob;
import io.thesiswatch.company.sec.ImportJobs;
import io.thesiswatch.company.sec.ImportReport;
import io.thesiswatch.company.sec.SecFetcher;
import io.thesiswatch.company.sec.SecImportService;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Reported financials from SEC EDGAR companyfacts")
@Blocking
@RolesAllowed(Roles.ADMIN)
public class ImportResource {

    private final SecImportService imports;
    private final ImportJobs jobs;
    private final SecFetcher fetcher;

    public ImportResource(SecImportService imports, ImportJobs jobs, SecFetcher fetcher) {
        this.imports = imports;
        this.jobs = jobs;
        this.fetcher = fetcher;
    }

    @POST
    @Path("/sec-companyfacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importSecCompanyFacts",
            summary = "Import capex and revenue from an SEC companyfacts file (streamed); async=true runs it as a job",
            description = "Reads the configured us-gaap concepts of a company's companyfacts file into its capex and "
                    + "revenue observations (years and quarters, quarters derived from year-to-date filings) and "
                    + "answers what changed; with async=true it answers 202 at once with a job to follow at its "
                    + "Location. All or nothing. Admins only.")
    @RequestBody(description = "The companyfacts JSON, as "
            + "https://data.sec.gov/api/xbrl/companyfacts/CIK##########.json serves it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Imported: per metric, the concepts used and what changed",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "202", description = "Accepted as a job (async=true); Location names it",
            content = @Content(schema = @Schema(implementation = ImportJob.class)),
            headers = @Header(name = "Location", description = "Where the job can be followed", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400",
            description = "Not a companyfacts file, or an unknown company; nothing was stored")
    public Response importSecCompanyFacts(
            @Parameter(description = "The company code the file is about", required = true, example = "NVDA")
            @QueryParam("subject")
            String subject,
            @Parameter(description = "Run in the background and answer at once with a job", example = "false")
            @QueryParam("async")
            @DefaultValue("false") boolean async,
            InputStream body) {
        String code = Codes.normalize(subject);
        if (async) {
            ImportJob job = jobs.submit(code, body);
            return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
        }
        return Response.ok(imports.importFacts(code, body, step -> { })).build();
    }

    @POST
    @Path("/sec-companyfacts/fetch")
    @Operation(operationId = "fetchSecCompanyFacts",
            summary = "Fetch a company's companyfacts from the SEC API (its CIK configured) and import them",
            description = "Fetches the file of a company whose CIK is configured from the SEC API and imports it as "
                    + "the import operation does. Admins only.")
    @APIResponse(responseCode = "200", description = "Imported: per metric, the concepts used and what changed",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400",
            description = "Not a company, or no CIK is configured for it; nothing was stored")
    @APIResponse(responseCode = "409", description = "Fetching is not configured (no User-Agent)")
    @APIResponse(responseCode = "503", description = "The SEC API could not be reached; nothing was stored")
    public ImportReport fetchSecCompanyFacts(
            @Parameter(description = "The company code", required = true, example = "NVDA") @QueryParam("subject")
            String subject) {
        return fetcher.fetch(Codes.normalize(subject));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImportJob", summary = "How far a background import got",
            description = "The job an async import answered with: its status, latest step, and when it ends its "
                    + "report or error. Jobs live in the database: every replica answers for every job, and a job "
                    + "whose replica stopped is taken over by another. Admins only.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJob.class)))
    public ImportJob getImportJob(@Parameter(description = "The job's id, as in the Location of its 202")
            @PathParam("id") UUID id) {
        return jobs.find(id).orElseThrow(() -> ResourceNotFoundException.of("Import job", id));
    }
}
