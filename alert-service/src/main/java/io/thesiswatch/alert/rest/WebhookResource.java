package io.thesiswatch.alert.rest;

import java.util.List;
import java.util.UUID;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.thesiswatch.alert.api.WebhookDeliveryResponse;
import io.thesiswatch.alert.api.WebhookRequest;
import io.thesiswatch.alert.api.WebhookResponse;
import io.thesiswatch.alert.api.WebhookSecretResponse;
import io.thesiswatch.alert.service.webhook.WebhookService;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUBSCRIBER, Roles.ADMIN})
@Tag(name = "Webhooks", description = "Alerts as signed HTTP callbacks (Standard Webhooks), retried until taken")
public class WebhookResource {

    private static final String OWNERS = " Its owner or an admin; to anyone else it does not exist (404).";

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook",
            description = "A subscriber (ACTIVE, the token's email claim being their address) registers one for the "
                    + "alerts of what they follow; an admin registers an integration, which gets every alert. "
                    + "Filters narrow either. The URL must be https (http only where the operator allows it) and "
                    + "its host must resolve to public addresses only (loopback, private, link-local and metadata "
                    + "addresses are refused unless the operator allows them): checked now and again before each "
                    + "delivery. The answer carries the signing secret, this once. Messages follow the Standard "
                    + "Webhooks specification; their body is the WebhookPayload schema.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookRequest.class),
            examples = @ExampleObject(name = "Critical alerts of NVIDIA theses",
                    value = "{\"url\": \"https://hooks.example.com/thesis-watch\", \"description\": \"Desk bridge\","
                            + " \"filters\": {\"severities\": [\"CRITICAL\"], \"companies\": [\"NVDA\"]}}")))
    @APIResponse(responseCode = "201", description = "Registered; Location is the webhook; secret is in the body",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid, or the URL is refused (the problem says "
            + "why: not https, user information, a host that resolves to a private, loopback, link-local or "
            + "metadata address, or one that does not resolve)")
    @APIResponse(responseCode = "409", description = "The caller is a subscriber who has not signed up and confirmed")
    public Response createWebhook(@NotNull @Valid WebhookRequest request, @Context UriInfo uri) {
        WebhookResponse created = webhooks.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The caller's webhooks, oldest first",
            description = "A subscriber sees their own; an admin sees every one. Unpaged: an owner has a handful.")
    @APIResponse(responseCode = "200", description = "The webhooks, without their secrets",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookResponse.class)))
    public List<WebhookResponse> listWebhooks() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook", description = "Without its secret." + OWNERS)
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public WebhookResponse getWebhook(@Parameter(description = "The webhook's id") @PathParam("id") UUID id) {
        return webhooks.find(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceWebhook", summary = "Replace a webhook's URL, description, filters and state",
            description = "Fields left out take their defaults (no filters, enabled). Enabling a disabled webhook "
                    + "clears its failures; what failed meanwhile can be redelivered. The secret is kept." + OWNERS)
    @APIResponse(responseCode = "200", description = "The webhook as it is now",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid, or the URL is refused (the problem says "
            + "why)")
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public WebhookResponse replaceWebhook(@Parameter(description = "The webhook's id") @PathParam("id") UUID id,
            @NotNull @Valid WebhookRequest request) {
        return webhooks.replace(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its deliveries",
            description = "Nothing more is posted to it." + OWNERS)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public void deleteWebhook(@Parameter(description = "The webhook's id") @PathParam("id") UUID id) {
        webhooks.delete(id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Make a new signing secret",
            description = "The new secret signs from now on; the previous one signs too (two signatures in "
                    + "webhook-signature) until previousSecretSignsUntil, a day by default, so that receivers "
                    + "switch without losing a message." + OWNERS)
    @APIResponse(responseCode = "200", description = "The new secret, shown this once",
            content = @Content(schema = @Schema(implementation = WebhookSecretResponse.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public WebhookSecretResponse rotateWebhookSecret(
            @Parameter(description = "The webhook's id") @PathParam("id") UUID id) {
        return webhooks.rotateSecret(id);
    }

    @POST
    @Path("/{id}/test")
    @Operation(operationId = "testWebhook", summary = "Send a test message",
            description = "Queues a signed webhook.test message, delivered like an alert (within seconds); its "
                    + "attempts show in listWebhookDeliveries." + OWNERS)
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    @APIResponse(responseCode = "409", description = "The webhook is disabled")
    public Response testWebhook(@Parameter(description = "The webhook's id") @PathParam("id") UUID id) {
        return Response.accepted(webhooks.test(id)).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's messages, newest first",
            description = "Each message with its status and every attempt: the HTTP status, the latency and the "
                    + "first characters of the answer, or why there was none. Paged with page and size." + OWNERS)
    @APIResponse(responseCode = "200", description = "A page of messages")
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public PageResult<WebhookDeliveryResponse> listWebhookDeliveries(
            @Parameter(description = "The webhook's id") @PathParam("id") UUID id,
            @Valid @BeanParam PageParams paging) {
        return webhooks.deliveries(id, paging);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookMessage", summary = "Send a message again",
            description = "A FAILED message (or one already delivered) is queued again with its webhook-id and body, "
                    + "with a fresh set of attempts." + OWNERS)
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such webhook or message, or not the caller's")
    @APIResponse(responseCode = "409", description = "The webhook is disabled, or the message is waiting already")
    public Response redeliverWebhookMessage(@Parameter(description = "The webhook's id") @PathParam("id") UUID id,
            @Parameter(description = "The message's id") @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(webhooks.redeliver(id, deliveryId)).build();
    }
}
