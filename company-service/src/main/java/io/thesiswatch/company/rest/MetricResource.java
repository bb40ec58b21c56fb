package io.thesiswatch.company.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.company.api.Codes;
import io.thesiswatch.company.api.MetricRequest;
import io.thesiswatch.company.api.MetricResponse;
import io.thesiswatch.company.service.MetricService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "The metric catalog")
@Authenticated
public class MetricResource {

    private final MetricService metrics;

    public MetricResource(MetricService metrics) {
        this.metrics = metrics;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createMetric", summary = "Add a metric to the catalog",
            description = "Adds a metric (metrics are not changed once added) and answers it, with its URL in "
                    + "Location. Admins only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MetricRequest.class),
            examples = @ExampleObject(name = "NET_INCOME", description = "A metric the demo catalog does not have yet",
                    value = """
                    {"code": "NET_INCOME", "name": "Net income", "unit": "USD", "additive": true, "temporal": "FLOW",
                     "description": "Net income as reported"}""")))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = MetricResponse.class)))
    @APIResponse(responseCode = "409", description = "The metric exists")
    public Response createMetric(@NotNull @Valid MetricRequest request) {
        MetricResponse created = metrics.create(request);
        return Response.created(URI.create("/api/v1/metrics/" + created.code())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listMetrics", summary = "List the catalog, sorted by code",
            description = "A page of the catalog's metrics, sorted by code. Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "A page of metrics")
    public PageResult<MetricResponse> listMetrics(@Valid @BeanParam PageParams paging) {
        return metrics.list(paging);
    }

    @GET
    @Path("/{code}")
    @ConditionalRead
    @Extension(name = ConditionalRead.DOCUMENTED, value = "true")
    @Operation(operationId = "getMetric", summary = "Get a metric",
            description = "One metric of the catalog. Answers carry an ETag: send it back as If-None-Match to get "
                    + "304 with no body while the metric is unchanged. Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "The metric",
            content = @Content(schema = @Schema(implementation = MetricResponse.class)))
    public MetricResponse getMetric(@Parameter(description = "Metric code, any case (capex finds CAPEX)",
            example = "CAPEX") @PathParam("code") String code) {
        String normalized = Codes.normalize(code);
        return metrics.find(normalized).orElseThrow(() -> ResourceNotFoundException.of("Metric", normalized));
    }
}
