package io.thesiswatch.alert.rest;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.thesiswatch.alert.api.SubscriberResponse;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.alert.domain.SubscriberStatus;
import io.thesiswatch.alert.mail.MailMessages;
import io.thesiswatch.alert.service.SubscriberService;
import io.thesiswatch.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Double opt-in that link scanners cannot defeat: the confirmation email's link opens a page whose button confirms;
 * only the POST changes anything (a scanner that opens every link of an email confirms nobody).
 */
@Path("/api/v1/subscribers/confirm")
@PermitAll
@Tag(name = "Subscribers")
public class ConfirmResource {

    /** Which page the confirmation link shows. */
    public enum Page { ASK, DONE, ALREADY, EXPIRED }

    @CheckedTemplate(basePath = "pages")
    static class Templates {

        static native TemplateInstance confirm(Page state, String token, String email, MailMessages m,
                MailMessages zh);
    }

    private static final List<Variant> ANSWERS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.TEXT_HTML_TYPE).build();

    private final SubscriberService subscribers;
    private final MailMessages english;
    private final MailMessages chinese;

    public ConfirmResource(SubscriberService subscribers, MailMessages english,
            @Localized("zh-TW") MailMessages chinese) {
        this.subscribers = subscribers;
        this.english = english;
        this.chinese = chinese;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showConfirm", summary = "The page behind the confirmation link: a button to confirm",
            description = "The link of the confirmation email points here, with its token; no other token is "
                    + "needed. Answers an HTML page in the subscriber's language (en or zh-TW) whose button posts "
                    + "to confirmSubscriber; opening it changes nothing, so a link scanner confirms nobody. A "
                    + "subscriber who confirmed already sees a page that says so; a link that is not valid, has "
                    + "expired (a week) or whose subscription was cancelled gets a 400 page in both languages.")
    @APIResponse(responseCode = "200", description = "An HTML page with a confirm button (or: confirmed already)",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "An HTML page: the link is not valid or has expired (a "
            + "problem when the token holds a control character)", content = {
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))})
    public Response showConfirm(
            @Parameter(description = "The token from the email", required = true) @QueryParam("token") String token) {
        Optional<SubscriberService.ConfirmLink> link = subscribers.confirmLink(token);
        if (link.isEmpty()) {
            return expired();
        }
        Page page = link.get().status() == SubscriberStatus.ACTIVE ? Page.ALREADY : Page.ASK;
        return Response.ok(page(page, token, link.get())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "confirmSubscriber", summary = "Confirm a sign-up (the confirmation page's button)",
            description = "Takes the token of the confirmation email as the form field token; no other token is "
                    + "needed. Makes a PENDING subscriber ACTIVE (doing it again changes nothing). Answers the "
                    + "subscriber as JSON, or, to a browser (Accept: text/html), a page that says so. The token "
                    + "expires after a week (by default).")
    @APIResponse(responseCode = "200", description = "Confirmed: the subscriber is ACTIVE", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriberResponse.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "The token is missing, not valid or expired, or its "
            + "subscriber has unsubscribed since (a page to a browser)")
    public Response confirmSubscriber(
            @Parameter(description = "The token from the email", required = true) @FormParam("token") String token,
            @Context Request request) {
        Variant answer = request.selectVariant(ANSWERS);
        if (answer == null || !MediaType.TEXT_HTML_TYPE.equals(answer.getMediaType())) {
            return Response.ok(subscribers.confirm(token), MediaType.APPLICATION_JSON_TYPE).build();
        }
        Optional<SubscriberService.ConfirmLink> link = subscribers.confirmLink(token);
        if (link.isEmpty()) {
            return expired();
        }
        subscribers.confirm(token);
        Page page = link.get().status() == SubscriberStatus.ACTIVE ? Page.ALREADY : Page.DONE;
        return Response.ok(page(page, token, link.get()), MediaType.TEXT_HTML_TYPE).build();
    }

    private String page(Page page, String token, SubscriberService.ConfirmLink link) {
        MailMessages messages = link.locale() == EmailLocale.ZH_TW ? chinese : english;
        return Templates.confirm(page, page == Page.ASK ? token : null, link.email(), messages, chinese).render();
    }

    private Response expired() {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.confirm(Page.EXPIRED, null, null, english, chinese).render()).build();
    }
}
