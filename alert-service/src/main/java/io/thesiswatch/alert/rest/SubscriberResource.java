package io.thesiswatch.alert.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.thesiswatch.alert.api.SubscriberRequest;
import io.thesiswatch.alert.api.SubscriberResponse;
import io.thesiswatch.alert.api.SubscriptionRequest;
import io.thesiswatch.alert.api.SubscriptionResponse;
import io.thesiswatch.alert.security.SignUpLimits;
import io.thesiswatch.alert.service.SubscriberService;
import io.thesiswatch.alert.service.SubscriptionService;
import io.thesiswatch.common.security.Roles;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/subscribers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subscribers", description = "Who gets alert emails, and what they follow")
public class SubscriberResource {

    private final SubscriberService subscribers;
    private final SubscriptionService subscriptions;
    private final SignUpLimits limits;

    public SubscriberResource(SubscriberService subscribers, SubscriptionService subscriptions, SignUpLimits limits) {
        this.subscribers = subscribers;
        this.subscriptions = subscriptions;
        this.limits = limits;
    }

    @POST
    @PermitAll
    @Operation(operationId = "signUp",
            summary = "Sign up for alert emails; a confirmation email follows (double opt-in)")
    @APIResponse(responseCode = "201", description = "Signed up, PENDING until confirmed",
            content = @Content(schema = @Schema(implementation = SubscriberResponse.class)))
    @APIResponse(responseCode = "409", description = "The address has signed up already")
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this client or to this address")
    public Response signUp(@NotNull @Valid SubscriberRequest request, HttpServerRequest http) {
        limits.admit(http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        SubscriberResponse created = subscribers.signUp(request);
        return Response.created(URI.create("/api/v1/subscribers/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/confirm")
    @PermitAll
    @Operation(operationId = "confirmSubscriber", summary = "Follow the link of the confirmation email")
    @APIResponse(responseCode = "200", description = "Confirmed: the subscriber is ACTIVE",
            content = @Content(schema = @Schema(implementation = SubscriberResponse.class)))
    @APIResponse(responseCode = "400", description = "The token is not valid or has expired")
    public SubscriberResponse confirmSubscriber(
            @Parameter(description = "The token from the email", required = true) @QueryParam("token") String token) {
        return subscribers.confirm(token);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUBSCRIBER, Roles.ADMIN})
    @Operation(operationId = "getSubscriber", summary = "Get a subscriber")
    @APIResponse(responseCode = "200", description = "The subscriber")
    public SubscriberResponse getSubscriber(@PathParam("id") UUID id) {
        return subscribers.find(id);
    }

    @POST
    @Path("/{id}/subscriptions")
    @RolesAllowed({Roles.SUBSCRIBER, Roles.ADMIN})
    @Operation(operationId = "subscribe",
            summary = "Follow a thesis (all its triggers) or a company (every thesis naming it)")
    @APIResponse(responseCode = "201", description = "Following",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "409", description = "Already following it")
    @APIResponse(responseCode = "503", description = "The service that owns the thesis or company could not be asked")
    public Response subscribe(@PathParam("id") UUID id, @NotNull @Valid SubscriptionRequest request) {
        SubscriptionResponse created = subscriptions.add(id, request);
        return Response.created(URI.create("/api/v1/subscribers/" + id + "/subscriptions/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/{id}/subscriptions")
    @RolesAllowed({Roles.SUBSCRIBER, Roles.ADMIN})
    @Operation(operationId = "listSubscriptions", summary = "What a subscriber follows, oldest first")
    @APIResponse(responseCode = "200", description = "The subscriptions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SubscriptionResponse.class)))
    public List<SubscriptionResponse> listSubscriptions(@PathParam("id") UUID id) {
        return subscriptions.list(id);
    }

    @DELETE
    @Path("/{id}/subscriptions/{subscriptionId}")
    @RolesAllowed({Roles.SUBSCRIBER, Roles.ADMIN})
    @Operation(operationId = "unfollow", summary = "Stop following a thesis or company")
    @APIResponse(responseCode = "204", description = "Removed")
    public void unfollow(@PathParam("id") UUID id, @PathParam("subscriptionId") UUID subscriptionId) {
        subscriptions.remove(id, subscriptionId);
    }
}
