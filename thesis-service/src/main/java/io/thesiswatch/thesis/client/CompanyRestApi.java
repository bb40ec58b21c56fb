package io.thesiswatch.thesis.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.thesiswatch.identity.ServiceIdentityFilter;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** company-service's REST interface as thesis-service calls it; only {@link CompanyServiceClient} uses it. */
@RegisterProvider(ServiceIdentityFilter.class)
@RegisterRestClient(configKey = "company-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface CompanyRestApi {

    @POST
    @Path("/catalog/lookup")
    CatalogWire.Response lookup(CatalogWire.Request request);
}
