package io.thesiswatch.alert.mail;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodLabel;
import io.thesiswatch.contract.Severity;

/** What the email templates show of an alert: plain strings, already worded and formatted for the reader. */
public final class MailViews {

    private static final String ACTIVE_THESIS = "ACTIVE";

    private MailViews() {
    }

    public record PointView(String period, String value) {
    }

    /**
     * One alert in the reader's words. {@code severity} is the code the templates colour by, {@code severityWord}
     * what the reader reads; {@code metric} is null when the metric's name is not known (an event recorded before
     * names were kept), {@code thesisConsequence} null when the event changes nothing for the thesis.
     */
    public record AlertView(String subject, String severity, String severityWord, boolean fired, String condition,
            String rule, String thesisTitle, String triggerName, String metric, String value, String period,
            boolean periodNamed, List<PointView> points, String occurredAt, String thesisConsequence,
            String triggerOutlook, String chartId, String chartAlt) {

        /**
         * The event in the words of one language ("BIG6 CAPEX YoY 5.0% fell below 10%"), its times in this zone;
         * {@code withChart}: the email carries the event's chart ({@code chartId} is null otherwise).
         */
        static AlertView of(AlertEvent event, MailMessages messages, ZoneId zone, boolean withChart) {
            boolean fired = event.kind == EventKind.FIRED;
            String series = event.expression != null ? event.expressionInWords()
                    : messages.series(event.subject, event.metric, event.transform, event.window);
            String value = Figures.measured(event.value, event.unit);
            String threshold = Figures.threshold(event.threshold, event.unit);
            String rule = messages.rule(event.operator, threshold);
            String condition = fired ? messages.firedCondition(series, value, event.operator, threshold)
                    : messages.resolvedCondition(series, value, rule);
            String severity = messages.severity(event.severity);
            String subject = fired ? messages.firedSubject(severity, event.triggerName, condition)
                    : messages.resolvedSubject(severity, event.triggerName, condition);
            List<PointView> points = event.recentPoints.stream()
                    .map(p -> new PointView(p.period(), Figures.measured(p.value(), event.unit)))
                    .toList();
            return new AlertView(subject, event.severity.name(), severity, fired, condition, rule, event.thesisTitle,
                    event.triggerName, metric(event, series, messages), value, periodName(event, messages),
                    event.basis != null && event.period != null, points, ReaderTimeZone.format(event.occurredAt, zone),
                    thesisConsequence(event, messages), triggerOutlook(event, messages),
                    withChart ? EventChart.contentId(event.id) : null,
                    messages.chartAlt(series, event.recentPoints.size(), threshold));
        }

        private static String metric(AlertEvent event, String series, MailMessages messages) {
            String unit = event.unit == null ? null : messages.unit(event.unit);
            if (event.expression != null) {
                return messages.metric(event.expression, series, unit);
            }
            if (event.metricName == null) {
                return null;
            }
            return messages.metric(event.metricName, series, unit);
        }

        /** thesis-service puts an ACTIVE thesis AT_RISK when a CRITICAL trigger of it fires. */
        private static String thesisConsequence(AlertEvent event, MailMessages messages) {
            boolean putsAtRisk = event.kind == EventKind.FIRED && event.severity == Severity.CRITICAL
                    && ACTIVE_THESIS.equals(event.thesisStatus);
            return putsAtRisk ? messages.thesisAtRisk() : null;
        }

        /**
         * Where a fired trigger clears (its clear threshold, else its threshold); that a resolved one is back to
         * normal. Whether reaching the value itself clears is asked of the operator's own rule.
         */
        private static String triggerOutlook(AlertEvent event, MailMessages messages) {
            if (event.kind != EventKind.FIRED) {
                return messages.backToNormal();
            }
            BigDecimal bound = event.clearThreshold != null ? event.clearThreshold : event.threshold;
            boolean inclusive = event.operator.clears(bound, event.threshold, event.clearThreshold);
            return messages.clearsWhen(event.operator.firesUpward(), inclusive,
                    Figures.threshold(bound, event.unit));
        }

        /** "fiscal 2025 Q1", "calendar 2024" in the reader's words; the bare label without a known basis. */
        private static String periodName(AlertEvent event, MailMessages messages) {
            if (event.period == null || event.basis == null || !PeriodLabel.isValid(event.period)) {
                return event.period;
            }
            PeriodLabel label = PeriodLabel.parse(event.period);
            boolean fiscal = event.basis == Basis.FISCAL;
            return switch (label.kind()) {
                case YEAR -> fiscal ? messages.fiscalYear(label.yearNumber())
                        : messages.calendarYear(label.yearNumber());
                case QUARTER -> fiscal ? messages.fiscalQuarter(label.yearNumber(), label.quarterNumber())
                        : messages.calendarQuarter(label.yearNumber(), label.quarterNumber());
                case MONTH, DAY -> label.label();
            };
        }
    }
}
