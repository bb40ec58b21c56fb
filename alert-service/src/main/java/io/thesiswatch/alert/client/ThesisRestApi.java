package io.thesiswatch.alert.client;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.thesiswatch.identity.ServiceIdentityFilter;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** thesis-service's HTTP endpoints that alert-service calls; used only through {@link ThesisServiceClient}. */
@RegisterProvider(ServiceIdentityFilter.class)
@RegisterRestClient(configKey = "thesis-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ThesisRestApi {

    @GET
    @Path("/triggers")
    ThesisWire.TriggerPage triggers(@QueryParam("enabled") boolean enabled,
            @QueryParam("includeSnoozed") boolean includeSnoozed, @QueryParam("after") UUID after,
            @QueryParam("through") UUID through, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/triggers/ranges")
    ThesisWire.TriggerRanges triggerRanges(@QueryParam("includeSnoozed") boolean includeSnoozed,
            @QueryParam("size") int size);

    @GET
    @Path("/triggers/{id}")
    ThesisWire.Trigger trigger(@PathParam("id") UUID id);

    @GET
    @Path("/theses/{id}")
    ThesisWire.Thesis thesis(@PathParam("id") UUID id);

    @POST
    @Path("/theses/{id}/risk-events")
    void riskEvent(@PathParam("id") UUID thesisId, ThesisWire.RiskEvent event);
}
