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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/observations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observations", description = "Recorded values of metrics, with their history")
@Authenticated
public class ObservationResource {

    static final String CSV = "text/csv";

    /** JSON and CSV batches are one operation of the document (one path and method), described once. */
    private static final String RECORD_SUMMARY = "Record up to 10,000 observations, as a JSON array or as CSV";
    private static final String RECORD_DESCRIPTION = "Writes every row or none: a bad row fails the whole batch with "
            + "400 listing every bad row (and, for CSV, its line). Writing a value again restates it, keeping the "
            + "previous one in the history. CSV has the header subject,metric,period,value,source (source may be "
            + "left out). Admins only.";
    private static final String UPSERTED = "How many rows were inserted, updated or unchanged";
    private static final String REFUSED = "One or more rows are invalid: every bad row is listed (with its CSV line), "
            + "nothing is stored";

    private final ObservationService observations;

    public ObservationResource(ObservationService observations) {
        this.observations = observations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recordObservations", summary = RECORD_SUMMARY, description = RECORD_DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ObservationRow.class),
            examples = @ExampleObject(name = "BIG6 capex", value = """
                    [{"subject": "BIG6", "metric": "CAPEX", "period": "2024", "value": "212000000000",
                      "source": "Seed article: the six tech giants spent USD 212 billion of capex together in 2024"}]""")))
    @APIResponse(responseCode = "200", description = UPSERTED,
            content = @Content(schema = @Schema(implementation = UpsertResult.class)))
    @APIResponse(responseCode = "400", description = REFUSED)
    public UpsertResult recordObservations(List<ObservationRow> rows) {
        return observations.ingest(rows, null);
    }

    @POST
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recordObservationsCsv", summary = RECORD_SUMMARY, description = RECORD_DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "BIG6 capex", value = """
                    subject,metric,period,value,source
                    BIG6,CAPEX,2024,212000000000,"Seed article: the six tech giants spent USD 212 billion of capex together in 2024"
                    """)))
    @APIResponse(responseCode = "200", description = UPSERTED,
            content = @Content(schema = @Schema(implementation = UpsertResult.class)))
    @APIResponse(responseCode = "400", description = REFUSED)
    public UpsertResult recordObservationsCsv(String csv) {
        CsvObservations.Parsed parsed = CsvObservations.parse(csv);
        return observations.ingest(parsed.rows(), parsed.lines());
    }

    @GET
    @Path("/{subject}/{metric}/{period}/history")
    @Operation(operationId = "getObservationHistory", summary = "Every value an observation has had, newest first",
            description = "The value in force first, then the values it replaced, each with its source and when it "
                    + "was recorded. Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "The current value first, then the superseded ones",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
    public List<HistoryEntry> getObservationHistory(
            @Parameter(description = "Company or group code, any case", example = "NVDA") @PathParam("subject")
            String subject,
            @Parameter(description = "Metric code, any case", example = "CAPEX") @PathParam("metric") String metric,
            @Parameter(description = "Period label: 2024, 2024-Q3, 2024-07 or 2024-07-15", example = "2024")
            @PathParam("period") String period) {
        return observations.history(Codes.normalize(subject), Codes.normalize(metric), period);
    }
}
