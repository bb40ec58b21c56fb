package io.thesiswatch.alert.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.thesiswatch.identity.ServiceIdentityFilter;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** company-service's HTTP endpoints that alert-service calls; used only through {@link CompanyServiceClient}. */
@RegisterProvider(ServiceIdentityFilter.class)
@RegisterRestClient(configKey = "company-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface CompanyRestApi {

    @POST
    @Path("/series/query")
    CompanyWire.SeriesQueryResponse query(CompanyWire.SeriesQuery query);

    @POST
    @Path("/catalog/lookup")
    CompanyWire.LookupResponse lookup(CompanyWire.LookupRequest request);
}
