package io.thesiswatch.alert.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.thesiswatch.alert.mail.MailMessages;
import io.thesiswatch.alert.service.SubscriberService;
import io.thesiswatch.alert.token.LinkTokens;
import io.thesiswatch.common.problem.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The unsubscribe link of every email. GET shows a page with a button (so that link scanners, which
 * follow GET links, unsubscribe nobody); POST unsubscribes, and is also the RFC 8058 one-click target.
 */
@Path("/api/v1/unsubscribe")
@Tag(name = "Subscribers")
@PermitAll
public class UnsubscribeResource {

    /** The page speaks both languages of the emails, since the link does not say which one its reader reads. */
    @CheckedTemplate(basePath = "pages")
    static class Templates {

        static native TemplateInstance unsubscribe(String token, boolean done, MailMessages en, MailMessages zh);
    }

    private final SubscriberService subscribers;
    private final LinkTokens tokens;
    private final MailMessages english;
    private final MailMessages chinese;

    public UnsubscribeResource(SubscriberService subscribers, LinkTokens tokens, MailMessages english,
            @Localized("zh-TW") MailMessages chinese) {
        this.subscribers = subscribers;
        this.tokens = tokens;
        this.english = english;
        this.chinese = chinese;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showUnsubscribe", summary = "The page behind the unsubscribe link: a button to confirm",
            description = "The unsubscribe link of every email points here, with its token; no other token is "
                    + "needed. Answers an HTML page (in English and Traditional Chinese) whose button posts to "
                    + "unsubscribe; opening it changes nothing, so link scanners unsubscribe nobody.")
    @APIResponse(responseCode = "200", description = "An HTML page with an unsubscribe button")
    @APIResponse(responseCode = "400", description = "The token is not valid")
    public String showUnsubscribe(
            @Parameter(description = "The token from the email", required = true) @QueryParam("token") String token) {
        if (tokens.verify(token, LinkTokens.Purpose.UNSUBSCRIBE).isEmpty()) {
            throw InvalidInputException.of("token", "is not a valid unsubscribe link");
        }
        return page(token, false);
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "unsubscribe",
            summary = "Unsubscribe (the page's button, or RFC 8058 one-click with List-Unsubscribe=One-Click)",
            description = "No other token is needed than the link's. The subscriber is UNSUBSCRIBED and emails not "
                    + "yet sent to them are dropped; doing it again changes nothing. Any body is ignored. Answers "
                    + "an HTML page that says so.")
    @APIResponse(responseCode = "200", description = "Unsubscribed; an HTML page says so")
    @APIResponse(responseCode = "400", description = "The token is not valid")
    public String unsubscribe(
            @Parameter(description = "The token from the email", required = true) @QueryParam("token") String token) {
        subscribers.unsubscribe(token);
        return page(token, true);
    }

    private String page(String token, boolean done) {
        return Templates.unsubscribe(token, done, english, chinese).render();
    }
}
