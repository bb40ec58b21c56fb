package io.thesiswatch.alert.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Engine;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.mail.MailViews.AlertMail;
import io.thesiswatch.alert.mail.MailViews.AlertView;
import io.thesiswatch.alert.mail.MailViews.ConfirmMail;
import io.thesiswatch.alert.mail.MailViews.DigestMail;
import io.thesiswatch.alert.mail.MailViews.PointView;
import io.thesiswatch.alert.token.LinkTokens;

/**
 * Builds the emails: HTML and plain text from Qute templates in the subscriber's locale, with a stable
 * Message-ID (so that a resend after a crash is recognisable) and, on alert emails, the one-click
 * unsubscribe headers of RFC 8058.
 */
@ApplicationScoped
public class MailComposer {

    static final String MESSAGE_ID_DOMAIN = "thesiswatch";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Engine templates;
    private final LinkTokens tokens;
    private final String baseUrl;

    public MailComposer(Engine templates, LinkTokens tokens, AlertConfig config) {
        this.templates = templates;
        this.tokens = tokens;
        this.baseUrl = config.publicBaseUrl().replaceAll("/+$", "");
    }

    public Mail confirmation(Subscriber subscriber, long deliveryId) {
        ConfirmMail view = new ConfirmMail(Wording.confirmSubject(subscriber.locale), subscriber.name,
                baseUrl + "/api/v1/subscribers/confirm?token=" + tokens.confirmToken(subscriber.id));
        return mail(subscriber, view.subject(), "confirm", view, "confirm-" + deliveryId);
    }

    public Mail alert(Subscriber subscriber, AlertEvent event) {
        AlertView alert = view(event, subscriber.locale);
        String unsubscribe = unsubscribeUrl(subscriber.id);
        Mail mail = mail(subscriber, alert.subject(), "alert", new AlertMail(alert, subscriber.name, unsubscribe),
                messageId(event.id, subscriber.id));
        return withUnsubscribeHeaders(mail, unsubscribe);
    }

    public Mail digest(Subscriber subscriber, List<AlertEvent> events) {
        List<AlertView> alerts = events.stream().map(e -> view(e, subscriber.locale)).toList();
        String severity = events.stream().map(e -> e.severity).max(Enum::compareTo).orElseThrow().name();
        String subject = Wording.digestSubject(severity, events.size(), subscriber.locale);
        String unsubscribe = unsubscribeUrl(subscriber.id);
        Mail mail = mail(subscriber, subject, "digest", new DigestMail(subject, subscriber.name, alerts, unsubscribe),
                "digest-" + subscriber.id + "-" + events.get(0).id);
        return withUnsubscribeHeaders(mail, unsubscribe);
    }

    /** The Message-ID of the alert email of one event to one subscriber, the same on every attempt. */
    public static String messageId(UUID eventId, UUID subscriberId) {
        return "alert-" + eventId + "-" + subscriberId;
    }

    private String unsubscribeUrl(UUID subscriberId) {
        return baseUrl + "/api/v1/unsubscribe?token=" + tokens.unsubscribeToken(subscriberId);
    }

    private Mail mail(Subscriber subscriber, String subject, String template, Object view, String messageId) {
        String suffix = "-" + subscriber.locale.tag();
        String html = templates.getTemplate("mail/" + template + suffix + ".html").data("mail", view).render();
        String text = templates.getTemplate("mail/" + template + suffix + ".txt").data("mail", view).render();
        return new Mail()
                .addTo(subscriber.email)
                .setSubject(subject)
                .setHtml(html)
                .setText(text)
                .addHeader("Message-ID", "<" + messageId + "@" + MESSAGE_ID_DOMAIN + ">")
                .addHeader("Content-Language", subscriber.locale.tag());
    }

    private static Mail withUnsubscribeHeaders(Mail mail, String unsubscribeUrl) {
        return mail.addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private static AlertView view(AlertEvent event, EmailLocale locale) {
        List<PointView> points = event.recentPoints.stream()
                .map(p -> new PointView(p.period(), Wording.number(p.value(), event.unit, true)))
                .toList();
        return new AlertView(Wording.subject(event, locale), event.severity.name(), event.kind == EventKind.FIRED,
                Wording.condition(event, locale), Wording.rule(event, locale), event.thesisTitle, event.triggerName,
                Wording.number(event.value, event.unit, true), event.period, points, WHEN.format(event.occurredAt));
    }
}
