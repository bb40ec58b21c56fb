package io.thesiswatch.alert.mail;

import java.io.File;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.Webhook;
import io.thesiswatch.alert.mail.MailViews.AlertView;
import io.thesiswatch.alert.token.LinkTokens;
import io.thesiswatch.contract.Severity;

/**
 * Builds the emails: HTML and plain text from Qute templates in the subscriber's locale and time zone, with a
 * stable Message-ID (so that a resend after a crash is recognisable) and, on alert emails, the one-click
 * unsubscribe headers of RFC 8058.
 */
@ApplicationScoped
public class MailComposer {

    static final String MESSAGE_ID_DOMAIN = "thesiswatch";
    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);
    private static final Variant TEXT = Variant.forContentType(Variant.TEXT_PLAIN);

    /**
     * One template per email, each with an HTML ({@code .html}) and a plain-text ({@code .txt}) variant, named
     * after its method in hyphens ({@code webhookDisabled} is {@code webhook-disabled}).
     */
    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance confirm(String subject, String name, String confirmUrl);

        static native TemplateInstance alert(AlertView alert, List<String> notices, String unsubscribeUrl);

        static native TemplateInstance knownAddress(String subject, String name);

        static native TemplateInstance digest(String subject, List<AlertView> alerts, String unsubscribeUrl);

        static native TemplateInstance webhookDisabled(String subject, String id, String url, String reason);
    }

    private final LinkTokens tokens;
    private final String baseUrl;

    public MailComposer(LinkTokens tokens, AlertConfig config) {
        this.tokens = tokens;
        this.baseUrl = config.publicBaseUrl().replaceAll("/+$", "");
    }

    public Mail confirmation(Subscriber subscriber, long deliveryId) {
        String subject = messages(subscriber).confirmSubject();
        String confirmUrl = baseUrl + "/api/v1/subscribers/confirm?token=" + tokens.confirmToken(subscriber.id);
        return mail(subscriber, subject, Templates.confirm(subject, subscriber.name, confirmUrl),
                "confirm-" + deliveryId);
    }

    /**
     * What an alert email says above the alert: that it is a reminder (a mute or snooze held it back), and that it is
     * the last immediate one of the day ({@code dailyCap} reached with it; null when it is not the last).
     */
    public record Notes(boolean reminder, Integer dailyCap) {

        public static final Notes NONE = new Notes(false, null);
    }

    /** An alert email, with the event's chart inline when it has one ({@code chart} null: none). */
    public Mail alert(Subscriber subscriber, AlertEvent event, File chart, Notes notes) {
        MailMessages messages = messages(subscriber);
        AlertView alert = AlertView.of(event, messages, subscriber.zone(), chart != null);
        String unsubscribe = unsubscribeUrl(subscriber.id);
        List<String> notices = new ArrayList<>();
        if (notes.reminder()) {
            notices.add(messages.reminderNote());
        }
        if (notes.dailyCap() != null) {
            notices.add(messages.lastBeforeCapNote(notes.dailyCap(),
                    String.format(Locale.ROOT, "%02d:00", subscriber.digestHour)));
        }
        Mail mail = mail(subscriber, alert.subject(),
                Templates.alert(alert, notices, unsubscribe),
                (notes.reminder() ? "reminder-" : "") + messageId(event.id, subscriber.id));
        withChart(mail, event.id, chart);
        return withUnsubscribeHeaders(mail, unsubscribe);
    }

    /** A digest of these events, each with its chart inline when {@code charts} has one. */
    public Mail digest(Subscriber subscriber, List<AlertEvent> events, Map<UUID, File> charts) {
        MailMessages messages = messages(subscriber);
        ZoneId zone = subscriber.zone();
        List<AlertView> alerts = events.stream()
                .map(e -> AlertView.of(e, messages, zone, charts.containsKey(e.id))).toList();
        Severity severity = events.stream().map(e -> e.severity).max(Enum::compareTo).orElseThrow();
        String subject = messages.digestSubject(messages.severity(severity), events.size());
        String unsubscribe = unsubscribeUrl(subscriber.id);
        Mail mail = mail(subscriber, subject, Templates.digest(subject, alerts, unsubscribe),
                "digest-" + subscriber.id + "-" + events.get(0).id);
        events.forEach(e -> withChart(mail, e.id, charts.get(e.id)));
        return withUnsubscribeHeaders(mail, unsubscribe);
    }

    /** Answers a sign-up of an address that already gets alerts, to that address only. */
    public Mail knownAddress(Subscriber subscriber, long deliveryId) {
        String subject = messages(subscriber).knownAddressSubject();
        return mail(subscriber, subject, Templates.knownAddress(subject, subscriber.name), "known-" + deliveryId);
    }

    /**
     * Tells a webhook's owner it was disabled: in their locale when they are a subscriber, in English for an
     * admin's integration.
     */
    public Mail webhookDisabled(Webhook webhook, Subscriber owner, long deliveryId) {
        EmailLocale locale = owner == null ? EmailLocale.EN : owner.locale;
        MailMessages messages = MessageBundles.get(MailMessages.class, Localized.Literal.of(locale.tag()));
        String subject = messages.webhookDisabledSubject();
        return mail(webhook.ownerEmail, locale, subject, Templates.webhookDisabled(subject, webhook.id.toString(),
                webhook.url, webhook.disabledReason == null ? "" : webhook.disabledReason), "webhook-" + deliveryId);
    }

    /** The Message-ID of the alert email of one event to one subscriber, the same on every attempt. */
    public static String messageId(UUID eventId, UUID subscriberId) {
        return "alert-" + eventId + "-" + subscriberId;
    }

    private static MailMessages messages(Subscriber subscriber) {
        return MessageBundles.get(MailMessages.class, Localized.Literal.of(subscriber.locale.tag()));
    }

    private String unsubscribeUrl(UUID subscriberId) {
        return baseUrl + "/api/v1/unsubscribe?token=" + tokens.unsubscribeToken(subscriberId);
    }

    private static Mail mail(Subscriber subscriber, String subject, TemplateInstance body, String messageId) {
        return mail(subscriber.email, subscriber.locale, subject, body, messageId);
    }

    private static Mail mail(String address, EmailLocale locale, String subject, TemplateInstance body,
            String messageId) {
        body.setLocale(Locale.forLanguageTag(locale.tag()));
        return new Mail()
                .addTo(address)
                .setSubject(subject)
                .setHtml(body.setVariant(HTML).render())
                .setText(body.setVariant(TEXT).render())
                .addHeader("Message-ID", "<" + messageId + "@" + MESSAGE_ID_DOMAIN + ">")
                .addHeader("Content-Language", locale.tag());
    }

    /** The chart as an inline image (multipart/related) that the HTML shows by its Content-ID. */
    private static void withChart(Mail mail, UUID eventId, File chart) {
        if (chart != null) {
            mail.addInlineAttachment("chart-" + eventId + ".png", chart, "image/png",
                    "<" + EventChart.contentId(eventId) + ">");
        }
    }

    private static Mail withUnsubscribeHeaders(Mail mail, String unsubscribeUrl) {
        return mail.addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
