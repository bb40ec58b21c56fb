package io.thesiswatch.alert.rest;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.thesiswatch.alert.api.SignUpAccepted;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    @Operation(operationId = "signUp", summary = "Sign up for alert emails (double opt-in)",
            description = "Anyone may sign up, without a token. The answer is the same 202 for a new and a known "
                    + "address, so that nobody can test who is subscribed; what happens next is told by email. A new "
                    + "address (or one that unsubscribed) is PENDING and gets a confirmation email: only after its "
                    + "link is followed and its button pressed (showConfirm, confirmSubscriber) do alerts arrive. A "
                    + "pending address gets its confirmation again; an active one gets an email saying it is "
                    + "subscribed already, and nothing changes. An address gets at most 3 of these emails a day and "
                    + "a client may make 20 sign-ups an hour (by default); beyond the client's limit the answer is "
                    + "429 with Retry-After. A subscriber finds their record with getMe once confirmed.")
    @APIResponse(responseCode = "202", description = "Accepted: an email to the address tells what comes next",
            content = @Content(schema = @Schema(implementation = SignUpAccepted.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid (an address that is not one, "
            + "a control character in a text, an unknown delivery, minSeverity or locale): the problem names it")
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this client; Retry-After says when to try "
            + "again")
    public Response signUp(@NotNull @Valid SubscriberRequest request, HttpServerRequest http) {
        limits.admit(http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        subscribers.signUp(request);
        return Response.accepted(SignUpAccepted.of(request.email().trim().toLowerCase(Locale.ROOT))).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "findSubscribers", summary = "Find a subscriber by address (admins)",
            description = "The subscriber with this address, in a list of one, or an empty list; any case.")
    @APIResponse(responseCode = "200", description = "The subscriber with the address, or none",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SubscriberResponse.class)))
    public List<SubscriberResponse> findSubscribers(
            @Parameter(description = "The address", required = true, example = "demo@thesiswatch.local")
            @QueryParam("email") @NotBlank @Size(max = 254) String email) {
        return subscribers.withEmail(email);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUBSCRIBER, Roles.ADMIN})
    @Operation(operationId = "getSubscriber", summary = "Get a subscriber",
            description = "A subscriber reads their own record (the token's email claim is its address); an admin "
                    + "reads any. To anyone else the subscriber does not exist: 404.")
    @APIResponse(responseCode = "200", description = "The subscriber",
            content = @Content(schema = @Schema(implementation = SubscriberResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscriber, or not the caller's")
    public SubscriberResponse getSubscriber(@Parameter(description = "The subscriber's id") @PathParam("id") UUID id) {
        return subscribers.find(id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "eraseSubscriber", summary = "Erase a subscriber's data (admins; subscribers use eraseMe)",
            description = "In one transaction: the address, name and settings go, with the subscriptions and "
                    + "webhooks; emails not yet sent are dropped. An anonymous record stays for the counts; the "
                    + "subscriber is 404 from then on. The address may sign up again as a new subscriber.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "No such subscriber, or erased already")
    public void eraseSubscriber(@Parameter(description = "The subscriber's id") @PathParam("id") UUID id) {
        subscribers.erase(id);
    }

    @POST
    @Path("/{id}/subscriptions")
    @RolesAllowed({Roles.SUBSCRIBER, Roles.ADMIN})
    @Operation(operationId = "subscribe",
            summary = "Follow a thesis (all its triggers) or a company (every thesis naming it)",
            description = "The subscriber themselves or an admin. The thesis is looked up in thesis-service, the "
                    + "company in company-service, before anything is stored: an unknown one is 400, and when that "
                    + "service cannot answer the answer is 503 with Retry-After and nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionRequest.class),
            examples = @ExampleObject(name = "NVIDIA", description = "Follow every thesis that names NVIDIA",
                    value = "{\"company\": \"NVDA\"}")))
    @APIResponse(responseCode = "201", description = "Following; Location is the new subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "Not exactly one of thesisId and company, or an unknown thesis "
            + "or company")
    @APIResponse(responseCode = "404", description = "No such subscriber, or not the caller's")
    @APIResponse(responseCode = "409", description = "Already following it")
    @APIResponse(responseCode = "503", description = "The service that owns the thesis or company could not be asked; "
            + "nothing was stored")
    public Response subscribe(@Parameter(description = "The subscriber's id") @PathParam("id") UUID id,
            @NotNull @Valid SubscriptionRequest request, @Context UriInfo uri) {
        SubscriptionResponse created = subscriptions.add(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}/subscriptions")
    @RolesAllowed({Roles.SUBSCRIBER, Roles.ADMIN})
    @Operation(operationId = "listSubscriptions", summary = "What a subscriber follows, oldest first",
            description = "Every subscription of the subscriber, unpaged (a subscriber follows a handful). The "
                    + "subscriber themselves or an admin.")
    @APIResponse(responseCode = "200", description = "The subscriptions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscriber, or not the caller's")
    public List<SubscriptionResponse> listSubscriptions(
            @Parameter(description = "The subscriber's id") @PathParam("id") UUID id) {
        return subscriptions.list(id);
    }

    @GET
    @Path("/{id}/subscriptions/{subscriptionId}")
    @RolesAllowed({Roles.SUBSCRIBER, Roles.ADMIN})
    @Operation(operationId = "getSubscription", summary = "Get one of a subscriber's subscriptions",
            description = "Where the Location of subscribe points. The subscriber themselves or an admin.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscriber or subscription, or not the caller's")
    public SubscriptionResponse getSubscription(
            @Parameter(description = "The subscriber's id") @PathParam("id") UUID id,
            @Parameter(description = "The subscription's id") @PathParam("subscriptionId") UUID subscriptionId) {
        return subscriptions.find(id, subscriptionId);
    }

    @DELETE
    @Path("/{id}/subscriptions/{subscriptionId}")
    @RolesAllowed({Roles.SUBSCRIBER, Roles.ADMIN})
    @Operation(operationId = "unfollow", summary = "Stop following a thesis or company",
            description = "Removes the subscription; alerts already queued for the subscriber are still sent. The "
                    + "subscriber themselves or an admin.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such subscriber or subscription, or not the caller's")
    public void unfollow(@Parameter(description = "The subscriber's id") @PathParam("id") UUID id,
            @Parameter(description = "The subscription's id") @PathParam("subscriptionId") UUID subscriptionId) {
        subscriptions.remove(id, subscriptionId);
    }
}
