package io.thesiswatch.alert.mail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.Transform;

/**
 * The words of alert emails in each locale: the condition in a sentence ("BIG6 CAPEX YoY 5.0% fell below
 * 10%"), subjects, and numbers formatted for reading.
 */
public final class Wording {

    private record Words(Map<Operator, String> fired, Map<Operator, String> rule, String yoy, String pop,
            String changeOver, String resolved, String firedSubject, String resolvedSubject, String digestSubject,
            String confirmSubject) {
    }

    private static final Words EN = new Words(
            Map.of(Operator.GT, "rose above", Operator.GTE, "reached", Operator.LT, "fell below", Operator.LTE,
                    "fell to", Operator.CROSSES_ABOVE, "crossed above", Operator.CROSSES_BELOW, "crossed below"),
            Map.of(Operator.GT, "above", Operator.GTE, "at or above", Operator.LT, "below", Operator.LTE,
                    "at or below", Operator.CROSSES_ABOVE, "crossing above", Operator.CROSSES_BELOW, "crossing below"),
            "YoY", "period-on-period", "change over %d periods",
            "%s is back at %s (trigger: %s %s)",
            "[%s] %s: %s", "[%s] Resolved: %s: %s", "[%s] Thesis Watch daily digest: %d alert(s)",
            "Confirm your Thesis Watch alerts");

    private static final Words ZH_TW = new Words(
            Map.of(Operator.GT, "升破", Operator.GTE, "達到", Operator.LT, "跌破", Operator.LTE, "跌至",
                    Operator.CROSSES_ABOVE, "向上穿越", Operator.CROSSES_BELOW, "向下穿越"),
            Map.of(Operator.GT, "高於", Operator.GTE, "不低於", Operator.LT, "低於", Operator.LTE, "不高於",
                    Operator.CROSSES_ABOVE, "向上穿越", Operator.CROSSES_BELOW, "向下穿越"),
            "年增率", "期增率", "%d 期變化",
            "%s 已回到 %s（觸發條件：%s %s）",
            "[%s] 風險警示：%s：%s", "[%s] 已解除：%s：%s", "[%s] Thesis Watch 每日摘要：%d 則警示",
            "請確認您的 Thesis Watch 警示訂閱");

    private Wording() {
    }

    private static Words words(EmailLocale locale) {
        return locale == EmailLocale.ZH_TW ? ZH_TW : EN;
    }

    /** "BIG6 CAPEX YoY 5.0% fell below 10%", or for a resolution "… is back at 12.0% (trigger: below 10%)". */
    public static String condition(AlertEvent e, EmailLocale locale) {
        Words w = words(locale);
        String series = series(e, w);
        String value = number(e.value, e.unit, true);
        String threshold = number(e.threshold, e.unit, false);
        if (e.kind == EventKind.FIRED) {
            return series + " " + value + " " + w.fired().get(e.operator) + " " + threshold;
        }
        return String.format(w.resolved(), series, value, w.rule().get(e.operator), threshold);
    }

    /** The rule in words: "below 10%". */
    public static String rule(AlertEvent e, EmailLocale locale) {
        return words(locale).rule().get(e.operator) + " " + number(e.threshold, e.unit, false);
    }

    public static String subject(AlertEvent e, EmailLocale locale) {
        Words w = words(locale);
        return String.format(e.kind == EventKind.FIRED ? w.firedSubject() : w.resolvedSubject(), e.severity,
                e.triggerName, condition(e, locale));
    }

    public static String digestSubject(String severity, int count, EmailLocale locale) {
        return String.format(words(locale).digestSubject(), severity, count);
    }

    public static String confirmSubject(EmailLocale locale) {
        return words(locale).confirmSubject();
    }

    /** Percentages to one decimal place ("5.0%"); thresholds and other values as exact as they are. */
    public static String number(BigDecimal value, String unit, boolean measured) {
        if (value == null) {
            return "";
        }
        if ("PERCENT".equals(unit)) {
            BigDecimal shown = measured ? value.setScale(1, RoundingMode.HALF_UP) : value.stripTrailingZeros();
            return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString() + "%";
        }
        DecimalFormat grouped = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        grouped.setRoundingMode(RoundingMode.HALF_UP);
        String text = grouped.format(value);
        return "USD".equals(unit) ? "USD " + text : text;
    }

    private static String series(AlertEvent e, Words w) {
        String transform = e.transform == Transform.YOY_PCT ? " " + w.yoy()
                : e.transform == Transform.POP_PCT ? " " + w.pop()
                : e.transform == Transform.CHANGE_PCT ? " " + String.format(w.changeOver(), e.window)
                : "";
        return e.subject + " " + e.metric + transform;
    }
}
