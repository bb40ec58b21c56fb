package io.thesiswatch.company.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import io.thesiswatch.common.security.Roles;
import io.thesiswatch.company.api.Codes;
import io.thesiswatch.company.api.HistoryEntry;
import io.thesiswatch.company.api.ObservationRow;
import io.thesiswatch.company.api.UpsertResult;
import io.thesiswatch.company.service.CsvObservations;
import io.thesiswatch.company.service.ObservationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/observations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observations", description = "Recorded values of metrics, with their history")
@Authenticated
public class ObservationResource {

    static final String CSV = "text/csv";

    private final ObservationService observations;

    public ObservationResource(ObservationService observations) {
        this.observations = observations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recordObservations",
            summary = "Record up to 10,000 observations (JSON array); all or nothing, writing again restates")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ObservationRow.class),
            examples = @ExampleObject(name = "BIG6 capex", value = """
                    [{"subject": "BIG6", "metric": "CAPEX", "period": "2024", "value": 212000000000,
                      "source": "https://www.cmoney.tw/notes/?bid=22811&id=781532"}]""")))
    @APIResponse(responseCode = "200", description = "How many rows were inserted, updated or unchanged",
            content = @Content(schema = @Schema(implementation = UpsertResult.class)))
    @APIResponse(responseCode = "400", description = "One or more rows are invalid: every bad row is listed, nothing is stored")
    public UpsertResult recordObservations(List<ObservationRow> rows) {
        return observations.ingest(rows, null);
    }

    @POST
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recordObservationsCsv",
            summary = "Record up to 10,000 observations from CSV (header subject,metric,period,value,source)")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "BIG6 capex", value = """
                    subject,metric,period,value,source
                    BIG6,CAPEX,2024,212000000000,seed article
                    """)))
    @APIResponse(responseCode = "200", description = "How many rows were inserted, updated or unchanged",
            content = @Content(schema = @Schema(implementation = UpsertResult.class)))
    @APIResponse(responseCode = "400", description = "One or more lines are invalid: every bad line is listed, nothing is stored")
    public UpsertResult recordObservationsCsv(String csv) {
        CsvObservations.Parsed parsed = CsvObservations.parse(csv);
        return observations.ingest(parsed.rows(), parsed.lines());
    }

    @GET
    @Path("/{subject}/{metric}/{period}/history")
    @Operation(operationId = "getObservationHistory", summary = "Every value an observation has had, newest first")
    @APIResponse(responseCode = "200", description = "The current value first, then the superseded ones",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
    public List<HistoryEntry> getObservationHistory(@PathParam("subject") String subject,
            @PathParam("metric") String metric, @PathParam("period") String period) {
        return observations.history(Codes.normalize(subject), Codes.normalize(metric), period);
    }
}
