package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.mail.MailComposer;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.devinfra.ReceivedEmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An alert email explains itself in its reader's language: the metric by name and unit, what the firing means for
 * the thesis, the value at which the trigger clears, the time in the reader's zone, the severity in their words.
 */
@QuarkusTest
class MailContentTest extends AlertTestSupport {

    private static final String METRIC_NAME = "Chinese models' share of PC usage";
    /** Where the flow test leaves the HTML it received, for a look in a browser (docs/alert-email-*.png). */
    private static final Path PREVIEWS = Path.of("target", "mail-previews");
    private static final Instant CHECKED = Instant.parse("2026-11-28T07:00:00Z");

    @Test
    void aCriticalFiringTellsEachReaderTheMetricTheConsequenceTheClearValueAndTheLocalTime() throws IOException {
        UUID thesis = UUID.randomUUID();
        String title = "US platforms keep their lead over open and Chinese models";
        Neighbours.thesis(thesis, title);
        String english = email("en-reader");
        String chinese = email("zh-reader");
        String englishId = confirmedSubscriber(english, Map.of("name", "Ana"));
        String chineseId = confirmedSubscriber(chinese, Map.of("locale", "zh-TW"));
        follow(englishId, Map.of("thesisId", thesis.toString()));
        follow(chineseId, Map.of("thesisId", thesis.toString()));
        FeedTrigger trigger = aTrigger().of(thesis).ofThesisTitled(title).named("Chinese models pass 20% of PC usage")
                .on("CN-LLM", "MODEL_PC_SHARE").above(20).clearsAt(18).critical().yearly().calendar();
        Neighbours.triggers(trigger);
        Neighbours.series(aSeries().ofMetricNamed(METRIC_NAME).inPercent().yearly().calendar()
                .point("2023", 6.5).point("2024", 10).point("2025", 21));

        assertEquals(1, check().getInt("fired"));
        Instant occurredAt = occurredAt(trigger);

        ReceivedEmail en = settled(englishId, english, "Chinese models pass 20%", 1).get(0);
        assertTrue(en.subject().startsWith("[CRITICAL] Chinese models pass 20% of PC usage: "
                + "CN-LLM MODEL_PC_SHARE 21.0% rose above 20%"), en.subject());
        assertTrue(en.text().contains("Metric:  Chinese models' share of PC usage (CN-LLM MODEL_PC_SHARE, %)"),
                en.text());
        assertTrue(en.text().contains("The thesis is now at risk (AT_RISK)."), en.text());
        assertTrue(en.text().contains("The trigger clears when the value falls back below 18%."), en.text());
        assertTrue(en.text().contains(", checked " + local(occurredAt, "UTC") + " (UTC)"), en.text());
        assertTrue(en.html().contains("CRITICAL · Trigger fired"), en.html());
        assertTrue(en.html().contains("(CN-LLM MODEL_PC_SHARE, %)"), en.html());
        assertTrue(en.html().contains("The thesis is now at risk (AT_RISK)."), en.html());

        ReceivedEmail zh = settled(chineseId, chinese, "Chinese models pass 20%", 1).get(0);
        assertTrue(zh.subject().startsWith("[嚴重] 風險警示：Chinese models pass 20% of PC usage："),
                zh.subject());
        assertTrue(zh.text().contains("指標：Chinese models' share of PC usage（CN-LLM MODEL_PC_SHARE，%）"),
                zh.text());
        assertTrue(zh.text().contains("這項投資論點現已列為「有風險」（AT_RISK）。"), zh.text());
        assertTrue(zh.text().contains("數值回落到低於 18% 時，這項觸發條件即解除。"), zh.text());
        assertTrue(zh.text().contains("，檢查時間 " + local(occurredAt, "Asia/Taipei") + " (Asia/Taipei)"),
                zh.text());
        assertTrue(zh.html().contains("嚴重 · 風險觸發"), zh.html());
        assertTrue(zh.text().contains("近期資料："), zh.text());
        assertFalse(zh.text().contains("數據") || zh.text().replace("電子郵件", "").contains("郵件"),
                zh.text());
        saveForScreenshot("alert-email-en.html", en.html());
        saveForScreenshot("alert-email-zh-TW.html", zh.html());

        Neighbours.series(aSeries().ofMetricNamed(METRIC_NAME).inPercent().yearly().calendar()
                .point("2024", 10).point("2025", 21).point("2026", 17));
        assertEquals(1, check().getInt("resolved"));
        ReceivedEmail enResolved = settled(englishId, english, "Resolved", 1).get(0);
        assertTrue(enResolved.text().contains("The trigger is back to normal."), enResolved.text());
        assertFalse(enResolved.text().contains("AT_RISK"), enResolved.text());
        ReceivedEmail zhResolved = settled(chineseId, chinese, "已解除", 1).get(0);
        assertTrue(zhResolved.subject().startsWith("[嚴重] 已解除："), zhResolved.subject());
        assertTrue(zhResolved.text().contains("這項觸發條件已恢復正常。"), zhResolved.text());
    }

    @ParameterizedTest(name = "{0} {1}, clearing at {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            GT            | 20 | 18 | falls back below 18%       | 回落到低於 18% 時
            GT            | 20 | -  | falls back to 20% or below | 回落到 20% 或更低時
            GTE           | 20 | -  | falls back below 20%       | 回落到低於 20% 時
            CROSSES_ABOVE | 20 | -  | falls back to 20% or below | 回落到 20% 或更低時
            LT            | 10 | 15 | rises back above 15%       | 回升到高於 15% 時
            LT            | 10 | -  | rises back to 10% or above | 回升到 10% 或更高時
            LTE           | 10 | -  | rises back above 10%       | 回升到高於 10% 時
            CROSSES_BELOW | 10 | 12 | rises back above 12%       | 回升到高於 12% 時
            """)
    void aFiredAlertSaysTheValueAtWhichTheTriggerClears(Operator operator, BigDecimal threshold,
            BigDecimal clearThreshold, String english, String chinese) {
        AlertEvent event = anEvent(EventKind.FIRED, Severity.WARNING, "ACTIVE");
        event.operator = operator;
        event.threshold = threshold;
        event.clearThreshold = clearThreshold;

        String englishSentence = "The trigger clears when the value " + english + ".";
        Mail en = alertTo(EmailLocale.EN, event);
        assertTrue(en.getText().contains(englishSentence), en.getText());
        assertTrue(en.getHtml().contains(englishSentence), en.getHtml());
        Mail zh = alertTo(EmailLocale.ZH_TW, event);
        assertTrue(zh.getText().contains("數值" + chinese + "，這項觸發條件即解除。"), zh.getText());
    }

    @ParameterizedTest(name = "{1} {0} on a thesis {2}: at risk {3}")
    @CsvSource(nullValues = "-", textBlock = """
            FIRED,    CRITICAL, ACTIVE,      true
            FIRED,    CRITICAL, AT_RISK,     false
            FIRED,    CRITICAL, CLOSED,      false
            FIRED,    CRITICAL, -,           false
            FIRED,    WARNING,  ACTIVE,      false
            FIRED,    INFO,     ACTIVE,      false
            RESOLVED, CRITICAL, ACTIVE,      false
            """)
    void onlyACriticalFiringOnAnActiveThesisSaysTheThesisIsNowAtRisk(EventKind kind, Severity severity,
            String thesisStatus, boolean atRisk) {
        AlertEvent event = anEvent(kind, severity, thesisStatus);

        assertEquals(atRisk, alertTo(EmailLocale.EN, event).getText().contains("The thesis is now at risk (AT_RISK)."));
        assertEquals(atRisk, alertTo(EmailLocale.ZH_TW, event).getText()
                .contains("這項投資論點現已列為「有風險」"));
        assertEquals(kind == EventKind.RESOLVED, alertTo(EmailLocale.EN, event).getText()
                .contains("The trigger is back to normal."));
        assertEquals(kind == EventKind.RESOLVED, alertTo(EmailLocale.ZH_TW, event).getText()
                .contains("這項觸發條件已恢復正常。"));
    }

    @ParameterizedTest(name = "{0}: [{1}] and [{2}]")
    @CsvSource({"CRITICAL, CRITICAL, 嚴重", "WARNING, WARNING, 警告", "INFO, INFO, 資訊"})
    void theSeverityIsWordedInTheReadersLanguage(Severity severity, String english, String chinese) {
        AlertEvent event = anEvent(EventKind.FIRED, severity, "ACTIVE");

        Mail en = alertTo(EmailLocale.EN, event);
        assertTrue(en.getSubject().startsWith("[" + english + "] Chinese models pass 20% of PC usage: "),
                en.getSubject());
        assertTrue(en.getText().startsWith(english + " - Trigger fired"), en.getText());
        Mail zh = alertTo(EmailLocale.ZH_TW, event);
        assertTrue(zh.getSubject().startsWith("[" + chinese + "] 風險警示："), zh.getSubject());
        assertTrue(zh.getText().startsWith(chinese + " - 風險觸發"), zh.getText());
        assertTrue(zh.getHtml().contains(chinese + " · 風險觸發"), zh.getHtml());
        Mail digest = composer().digest(reader(EmailLocale.ZH_TW), List.of(event), Map.of());
        assertTrue(digest.getSubject().startsWith("[" + chinese + "] Thesis Watch 每日摘要：1 則警示"),
                digest.getSubject());
    }

    @Test
    void timesAreInTaipeiForATraditionalChineseReaderAndInUtcOtherwiseWithTheZoneNamed() {
        AlertEvent event = anEvent(EventKind.FIRED, Severity.WARNING, "ACTIVE");

        assertTrue(alertTo(EmailLocale.EN, event).getText().contains(", checked 2026-11-28 07:00 (UTC)"));
        assertTrue(alertTo(EmailLocale.ZH_TW, event).getText()
                .contains("，檢查時間 2026-11-28 15:00 (Asia/Taipei)"));
        Mail digest = composer().digest(reader(EmailLocale.ZH_TW), List.of(event), Map.of());
        assertTrue(digest.getText().contains("，檢查時間 2026-11-28 15:00 (Asia/Taipei)"), digest.getText());
        assertTrue(digest.getHtml().contains("，檢查時間 2026-11-28 15:00 (Asia/Taipei)"), digest.getHtml());
    }

    @Test
    void theMetricIsNamedWithItsSeriesAndUnitAndLeftOutForAnEventThatNeverKnewItsName() {
        AlertEvent yoy = anEvent(EventKind.FIRED, Severity.WARNING, "ACTIVE");
        yoy.subject = "BIG6";
        yoy.metric = "CAPEX";
        yoy.metricName = "Capital expenditure";
        yoy.transform = Transform.YOY_PCT;
        assertTrue(alertTo(EmailLocale.EN, yoy).getText().contains("Metric:  Capital expenditure (BIG6 CAPEX YoY, %)"));
        assertTrue(alertTo(EmailLocale.ZH_TW, yoy).getText()
                .contains("指標：Capital expenditure（BIG6 CAPEX 年增率，%）"));

        AlertEvent dollars = anEvent(EventKind.FIRED, Severity.WARNING, "ACTIVE");
        dollars.unit = "USD_PER_MTOK";
        assertTrue(alertTo(EmailLocale.EN, dollars).getText()
                .contains("(CN-LLM MODEL_PC_SHARE, USD per million tokens)"));
        assertTrue(alertTo(EmailLocale.ZH_TW, dollars).getText()
                .contains("（CN-LLM MODEL_PC_SHARE，USD／每百萬 token）"));

        AlertEvent unnamed = anEvent(EventKind.FIRED, Severity.WARNING, "ACTIVE");
        unnamed.metricName = null;
        assertFalse(alertTo(EmailLocale.EN, unnamed).getText().contains("Metric:"));
        assertFalse(alertTo(EmailLocale.ZH_TW, unnamed).getText().contains("指標："));
    }

    @Test
    void aReminderAndTheLastEmailBeforeTheCapSaySoAboveTheAlertInBothLanguages() throws IOException {
        AlertEvent event = anEvent(EventKind.FIRED, Severity.WARNING, "ACTIVE");
        Subscriber en = reader(EmailLocale.EN);
        Subscriber zh = reader(EmailLocale.ZH_TW);
        zh.digestHour = 8;
        Mail toEn = composer().alert(en, event, null, new MailComposer.Notes(true, 3));
        Mail toZh = composer().alert(zh, event, null, new MailComposer.Notes(true, 3));
        assertTrue(toEn.getText().startsWith("Reminder: this alert was held back while the trigger was snoozed or "
                + "your subscription muted. The trigger still fires.\nThis is your last immediate alert today (your "
                + "limit is 3 a day). Further alerts today come together in your digest after 07:00."), toEn.getText());
        assertTrue(toZh.getText().startsWith("提醒：這則警示在觸發條件暫停或您將訂閱設為"
                + "靜音期間未寄出；該觸發條件仍在觸發中。"
                + "\n這是您今天最後一封即時警示（每日上限 3 封）。"
                + "今天之後的警示將合併在 08:00 後寄出的摘要中。"), toZh.getText());
        assertTrue(toEn.getHtml().contains("The trigger still fires."), toEn.getHtml());
        assertEquals("<reminder-" + MailComposer.messageId(event.id, en.id) + "@thesiswatch>",
                toEn.getHeaders().get("Message-ID").get(0), "a reminder is an email of its own");
        assertFalse(alertTo(EmailLocale.EN, event).getText().contains("Reminder"));
        saveForScreenshot("reminder-email-en.html", toEn.getHtml());
        saveForScreenshot("reminder-email-zh-TW.html", toZh.getHtml());

        Mail known = composer().knownAddress(zh, 7);
        assertEquals("您的 Thesis Watch 警示", known.getSubject());
        assertTrue(known.getText().contains("而這個地址已在接收警示"), known.getText());
        assertTrue(composer().knownAddress(en, 7).getText().contains("which already gets them. Nothing changed"));
        saveForScreenshot("known-address-email-zh-TW.html", known.getHtml());
    }

    /** A fired WARNING on the Chinese models' share of PC usage, checked at {@link #CHECKED}. */
    private static AlertEvent anEvent(EventKind kind, Severity severity, String thesisStatus) {
        AlertEvent event = new AlertEvent();
        event.id = UUID.randomUUID();
        event.triggerId = UUID.randomUUID();
        event.thesisId = UUID.randomUUID();
        event.kind = kind;
        event.severity = severity;
        event.thesisStatus = thesisStatus;
        event.value = new BigDecimal("21");
        event.period = "2025";
        event.periodKind = PeriodKind.YEAR;
        event.basis = Basis.CALENDAR;
        event.thesisTitle = "US platforms keep their lead over open and Chinese models";
        event.triggerName = "Chinese models pass 20% of PC usage";
        event.subject = "CN-LLM";
        event.metric = "MODEL_PC_SHARE";
        event.metricName = METRIC_NAME;
        event.transform = Transform.VALUE;
        event.operator = Operator.GT;
        event.threshold = new BigDecimal("20");
        event.clearThreshold = new BigDecimal("18");
        event.unit = "PERCENT";
        event.recentPoints = List.of(new SeriesPoint("2024", new BigDecimal("10")),
                new SeriesPoint("2025", new BigDecimal("21")));
        event.occurredAt = CHECKED;
        return event;
    }

    private static Mail alertTo(EmailLocale locale, AlertEvent event) {
        return composer().alert(reader(locale), event, null, MailComposer.Notes.NONE);
    }

    private static Subscriber reader(EmailLocale locale) {
        Subscriber subscriber = new Subscriber();
        subscriber.id = UUID.randomUUID();
        subscriber.email = "reader@example.com";
        subscriber.locale = locale;
        return subscriber;
    }

    private static MailComposer composer() {
        return Arc.container().instance(MailComposer.class).get();
    }

    private static Instant occurredAt(FeedTrigger trigger) {
        return Instant.parse(given().queryParam("triggerId", trigger.id()).get("/api/v1/alerts").then()
                .statusCode(200).extract().path("items[0].occurredAt"));
    }

    private static String local(Instant instant, String zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(ZoneId.of(zone)));
    }

    private static void saveForScreenshot(String name, String html) throws IOException {
        Files.createDirectories(PREVIEWS);
        Files.writeString(PREVIEWS.resolve(name), html);
    }
}
