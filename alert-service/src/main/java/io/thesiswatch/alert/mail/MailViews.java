package io.thesiswatch.alert.mail;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodLabel;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.EventKind;

/** What the email templates show of an alert: plain strings, already worded and formatted for the reader. */
public final class MailViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MailViews() {
    }

    public record PointView(String period, String value) {
    }

    public record AlertView(String subject, String severity, boolean fired, String condition, String rule,
            String thesisTitle, String triggerName, String value, String period, boolean periodNamed,
            List<PointView> points, String occurredAt) {

        /** The event in the words of one language: "BIG6 CAPEX YoY 5.0% fell below 10%". */
        static AlertView of(AlertEvent event, MailMessages messages) {
            boolean fired = event.kind == EventKind.FIRED;
            String series = messages.series(event.subject, event.metric, event.transform, event.window);
            String value = Figures.measured(event.value, event.unit);
            String threshold = Figures.threshold(event.threshold, event.unit);
            String rule = messages.rule(event.operator, threshold);
            String condition = fired ? messages.firedCondition(series, value, event.operator, threshold)
                    : messages.resolvedCondition(series, value, rule);
            String subject = fired ? messages.firedSubject(event.severity, event.triggerName, condition)
                    : messages.resolvedSubject(event.severity, event.triggerName, condition);
            List<PointView> points = event.recentPoints.stream()
                    .map(p -> new PointView(p.period(), Figures.measured(p.value(), event.unit)))
                    .toList();
            return new AlertView(subject, event.severity.name(), fired, condition, rule, event.thesisTitle,
                    event.triggerName, value, periodName(event, messages), event.basis != null && event.period != null,
                    points, WHEN.format(event.occurredAt));
        }

        /** "fiscal 2025 Q1", "calendar 2024" in the reader's words; the bare label without a known basis. */
        private static String periodName(AlertEvent event, MailMessages messages) {
            if (event.period == null || event.basis == null || !PeriodLabel.isValid(event.period)) {
                return event.period;
            }
            PeriodLabel label = PeriodLabel.parse(event.period);
            boolean fiscal = event.basis == Basis.FISCAL;
            return switch (label.kind()) {
                case YEAR -> fiscal ? messages.fiscalYear(label.yearNumber()) : messages.calendarYear(label.yearNumber());
                case QUARTER -> fiscal ? messages.fiscalQuarter(label.yearNumber(), label.quarterNumber())
                        : messages.calendarQuarter(label.yearNumber(), label.quarterNumber());
                case MONTH, DAY -> label.label();
            };
        }
    }
}
