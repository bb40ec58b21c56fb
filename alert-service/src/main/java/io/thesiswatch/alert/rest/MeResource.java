package io.thesiswatch.alert.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.thesiswatch.alert.api.SentAlertPage;
import io.thesiswatch.alert.api.SubscriberResponse;
import io.thesiswatch.alert.api.SubscriptionResponse;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.service.me.MeService;
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

/** What a mobile app calls for its user: the subscriber whose address is the token's email claim. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SUBSCRIBER)
@Tag(name = "Me", description = "The calling subscriber's own settings, subscriptions and alerts")
public class MeResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String NOT_SIGNED_UP = "No subscriber has the address of the token (not signed up, or "
            + "erased)";

    private final MeService me;

    public MeResource(MeService me) {
        this.me = me;
    }

    @GET
    @Operation(operationId = "getMe", summary = "My subscriber record and settings",
            description = "The subscriber whose address is the token's email claim (role subscriber).")
    @APIResponse(responseCode = "200", description = "The subscriber",
            content = @Content(schema = @Schema(implementation = SubscriberResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_SIGNED_UP)
    public SubscriberResponse getMe() {
        return me.me();
    }

    @PATCH
    @Consumes(MERGE_PATCH)
    @Operation(operationId = "updateMe", summary = "Change my settings (JSON Merge Patch)",
            description = "RFC 7396: a member sets its setting, a member left out keeps it, null clears an optional "
                    + "one (name, timeZone, quietHours, dailyCap) and is a 400 for a required one. quietHours is "
                    + "merged member by member ({\"quietHours\": {\"end\": \"08:00\"}} moves the end only). "
                    + "An unknown member, a time zone that is not IANA, or a time that is not HH:mm is a 400 naming "
                    + "the field, and nothing changes.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any of the settings of Subscriber: name, "
                    + "delivery, minSeverity, notifyResolved, locale, timeZone, quietHours, criticalInQuietHours, "
                    + "digestHour, dailyCap"),
            examples = {
                    @ExampleObject(name = "Quiet nights in Taipei", description = "Quiet hours across midnight, "
                            + "critical alerts still through, at most 5 immediate emails a day",
                            value = "{\"timeZone\": \"Asia/Taipei\", \"quietHours\": {\"start\": \"22:00\", "
                                    + "\"end\": \"07:00\"}, \"criticalInQuietHours\": true, \"dailyCap\": 5}"),
                    @ExampleObject(name = "No more quiet hours", value = "{\"quietHours\": null}")}))
    @APIResponse(responseCode = "200", description = "The subscriber as changed",
            content = @Content(schema = @Schema(implementation = SubscriberResponse.class)))
    @APIResponse(responseCode = "400", description = "A member is unknown, null for a required setting, or not "
            + "valid: the problem names each, and nothing changed")
    @APIResponse(responseCode = "404", description = NOT_SIGNED_UP)
    public SubscriberResponse updateMe(String patch) {
        return me.patch(patch);
    }

    @DELETE
    @Operation(operationId = "eraseMe", summary = "Erase my data",
            description = "In one transaction: the address, name and settings go, with the subscriptions and "
                    + "webhooks; emails not yet sent are dropped. An anonymous record stays for the counts. The "
                    + "address may sign up again later, as a new subscriber.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = NOT_SIGNED_UP)
    public void eraseMe() {
        me.erase();
    }

    @GET
    @Path("/subscriptions")
    @Operation(operationId = "listMySubscriptions", summary = "What I follow, oldest first",
            description = "Each with its own settings (minSeverity, mutedUntil) when it has them.")
    @APIResponse(responseCode = "200", description = "The subscriptions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_SIGNED_UP)
    public List<SubscriptionResponse> listMySubscriptions() {
        return me.subscriptions();
    }

    @PATCH
    @Path("/subscriptions/{subscriptionId}")
    @Consumes(MERGE_PATCH)
    @Operation(operationId = "updateMySubscription", summary = "Change one subscription's settings (JSON Merge Patch)",
            description = "minSeverity: its own minimum severity (null: mine applies). mutedUntil: its alerts are "
                    + "recorded as SUPPRESSED, not sent, until then (null: unmuted); when the mute ends and a "
                    + "trigger still fires, one reminder follows.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(type = SchemaType.OBJECT, description = "minSeverity and/or mutedUntil"),
            examples = {
                    @ExampleObject(name = "Mute until the earnings season", value = "{\"mutedUntil\": "
                            + "\"2027-01-15T00:00:00Z\"}"),
                    @ExampleObject(name = "Only critical alerts of this one", value = "{\"minSeverity\": "
                            + "\"CRITICAL\"}")}))
    @APIResponse(responseCode = "200", description = "The subscription as changed",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "A member is unknown or not valid: the problem names it, and "
            + "nothing changed")
    @APIResponse(responseCode = "404", description = "Not signed up, or no such subscription of mine")
    public SubscriptionResponse updateMySubscription(
            @Parameter(description = "The subscription's id") @PathParam("subscriptionId") UUID subscriptionId,
            String patch) {
        return me.patchSubscription(subscriptionId, patch);
    }

    @GET
    @Path("/alerts")
    @Operation(operationId = "listMyAlerts", summary = "The alerts I was sent, newest first (cursor paged)",
            description = "Each with the event it told of. Pass a page's next as cursor for the page after it; next "
                    + "is null on the last page. status=SUPPRESSED lists what a mute or snooze held back instead.")
    @APIResponse(responseCode = "200", description = "A page of alerts",
            content = @Content(schema = @Schema(implementation = SentAlertPage.class)))
    @APIResponse(responseCode = "400", description = "A cursor this API did not give, a size out of range, or a "
            + "status other than SENT and SUPPRESSED")
    @APIResponse(responseCode = "404", description = NOT_SIGNED_UP)
    public SentAlertPage listMyAlerts(
            @Parameter(description = "The next of the page before; left out for the first page", example = "42")
            @QueryParam("cursor") @Size(max = 20) String cursor,
            @Parameter(description = "Alerts a page, 1 to 100") @QueryParam("size") @DefaultValue("20")
            @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100,
                    message = "must be between 1 and 100") int size,
            @Parameter(description = "SENT (default), or SUPPRESSED") @QueryParam("status") @DefaultValue("SENT")
            DeliveryStatus status) {
        return me.alerts(cursor, size, status);
    }
}
