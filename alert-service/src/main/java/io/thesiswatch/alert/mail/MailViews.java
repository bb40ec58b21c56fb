package io.thesiswatch.alert.mail;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** What the email templates show; plain strings, already worded and formatted for the locale. */
public final class MailViews {

    private MailViews() {
    }

    @TemplateData
    public record PointView(String period, String value) {
    }

    @TemplateData
    public record AlertView(String subject, String severity, boolean fired, String condition, String rule,
            String thesisTitle, String triggerName, String value, String period, List<PointView> points,
            String occurredAt) {
    }

    @TemplateData
    public record AlertMail(AlertView alert, String name, String unsubscribeUrl) {
    }

    @TemplateData
    public record DigestMail(String subject, String name, List<AlertView> alerts, String unsubscribeUrl) {
    }

    @TemplateData
    public record ConfirmMail(String subject, String name, String confirmUrl) {
    }
}
