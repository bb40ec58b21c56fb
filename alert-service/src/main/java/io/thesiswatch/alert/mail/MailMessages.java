package io.thesiswatch.alert.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.contract.Transform;

/**
 * The words of the emails and of the unsubscribe page, in English; {@code messages/msg_zh_TW.properties}
 * has them in Traditional Chinese. Templates use them as {@code {msg:...}} in the locale of the template
 * instance. Labels that sit next to markup keep their own spacing ("Thesis: " against "投資論點："), since
 * English puts spaces where Chinese punctuation needs none.
 */
@MessageBundle(locale = "en")
public interface MailMessages {

    // What happened, in a sentence; also the end of the subject line.

    @Message("{subject} {metric}{#when transform}{#is YOY_PCT} YoY{#is POP_PCT} period-on-period"
            + "{#is CHANGE_PCT} change over {window} periods{/when}")
    String series(String subject, String metric, Transform transform, Integer window);

    @Message("{series} {value} {#when operator}{#is GT}rose above{#is GTE}reached{#is LT}fell below{#is LTE}fell to"
            + "{#is CROSSES_ABOVE}crossed above{#is CROSSES_BELOW}crossed below{/when} {threshold}")
    String firedCondition(String series, String value, Operator operator, String threshold);

    @Message("{series} is back at {value} (trigger: {rule})")
    String resolvedCondition(String series, String value, String rule);

    @Message("{#when operator}{#is GT}above{#is GTE}at or above{#is LT}below{#is LTE}at or below"
            + "{#is CROSSES_ABOVE}crossing above{#is CROSSES_BELOW}crossing below{/when} {threshold}")
    String rule(Operator operator, String threshold);

    /** The metric by its catalog name, with the series and its unit: "Capital expenditure (BIG6 CAPEX YoY, %)". */
    @Message("{name} ({series}{#if unit}, {unit}{/if})")
    String metric(String name, String series, String unit);

    /** A unit of company-service's catalog as a reader says it; an unknown one as it came. */
    @Message("{#when unit}{#is 'PERCENT'}%{#is 'USD_PER_MTOK'}USD per million tokens{#is 'RATIO'}ratio"
            + "{#is 'COUNT'}count{#else}{unit}{/when}")
    String unit(String unit);

    @Message("{#when severity}{#is CRITICAL}CRITICAL{#is WARNING}WARNING{#is INFO}INFO{/when}")
    String severity(Severity severity);

    // What it means for the thesis and the trigger.

    /** Said of a CRITICAL firing on an ACTIVE thesis: thesis-service puts such a thesis AT_RISK. */
    @Message("The thesis is now at risk (AT_RISK).")
    String thesisAtRisk();

    /**
     * Where a fired trigger clears: {@code falling} when the value must fall back (the trigger fires upward),
     * {@code inclusive} when reaching the value itself is enough.
     */
    @Message("The trigger clears when the value {#if falling}falls back {#if inclusive}to {value} or below"
            + "{#else}below {value}{/if}{#else}rises back {#if inclusive}to {value} or above{#else}above {value}{/if}"
            + "{/if}.")
    String clearsWhen(boolean falling, boolean inclusive, String value);

    @Message("The trigger is back to normal.")
    String backToNormal();

    // Subject lines; the severity as worded by severity().

    @Message("[{severity}] {triggerName}: {condition}")
    String firedSubject(String severity, String triggerName, String condition);

    @Message("[{severity}] Resolved: {triggerName}: {condition}")
    String resolvedSubject(String severity, String triggerName, String condition);

    @Message("[{severity}] Thesis Watch daily digest: {count} alert(s)")
    String digestSubject(String severity, int count);

    @Message("Confirm your Thesis Watch alerts")
    String confirmSubject();

    // Not words, but they follow the language: the HTML lang attribute and the fonts that have its glyphs.

    @Message("en")
    String language();

    @Message("Helvetica, Arial, sans-serif")
    String fontFamily();

    // One alert in an email.

    @Message("{#if fired}Trigger fired{#else}Trigger cleared{/if}")
    String outcome(boolean fired);

    @Message("Thesis: ")
    String thesisLabel();

    /** The thesis label of the plain-text alert, padded so that the values line up. */
    @Message("Thesis:  ")
    String thesisLabelAligned();

    @Message("Trigger: ")
    String triggerLabel();

    @Message("Metric: ")
    String metricLabel();

    /** The metric label of the plain-text alert, padded so that the values line up. */
    @Message("Metric:  ")
    String metricLabelAligned();

    @Message(" (fires {rule})")
    String firesWhen(String rule);

    /** Between the thesis and the trigger when a digest puts them on one line. */
    @Message(" / ")
    String thesisTriggerSeparator();

    @Message("Value: ")
    String valueLabel();

    /** The value label of the plain-text alert, padded so that the values line up. */
    @Message("Value:   ")
    String valueLabelAligned();

    /** Comes before the period: its name ("fiscal 2025 Q1"), or its bare label for an event recorded before bases. */
    @Message("{#if named} in {#else} in period {/if}")
    String inPeriod(boolean named);

    @Message("fiscal {year}")
    String fiscalYear(int year);

    @Message("calendar {year}")
    String calendarYear(int year);

    @Message("fiscal {year} Q{quarter}")
    String fiscalQuarter(int year, int quarter);

    @Message("calendar {year} Q{quarter}")
    String calendarQuarter(int year, int quarter);

    @Message(", checked {time}")
    String checkedAt(String time);

    @Message("Period")
    String periodHeading();

    @Message("Value")
    String valueHeading();

    @Message("Latest points:")
    String latestPoints();

    // Digest.

    @Message("Your Thesis Watch digest: {count} alert(s)")
    String digestHeading(int count);

    // Footers.

    @Message("You get this email because you follow this thesis or one of its companies on Thesis Watch.")
    String alertReason();

    @Message("You get this daily digest because you follow theses or companies on Thesis Watch.")
    String digestReason();

    @Message("Unsubscribe")
    String unsubscribeLink();

    @Message(" with one click.")
    String afterUnsubscribeLink();

    @Message("Unsubscribe: {url}")
    String unsubscribeLine(String url);

    // Confirmation email.

    @Message("Hello{#if name} {name}{/if},")
    String greeting(String name);

    @Message("Someone, hopefully you, asked for Thesis Watch alerts at this address. Confirm it to start getting them:")
    String confirmRequest();

    @Message("Confirm my alerts")
    String confirmButton();

    @Message("If it was not you, ignore this email: nothing will be sent without confirmation. "
            + "The link works for seven days.")
    String confirmIgnore();

    // The answer to a sign-up of an address that is already subscribed.

    @Message("Your Thesis Watch alerts")
    String knownAddressSubject();

    @Message("Someone, hopefully you, signed up for Thesis Watch alerts with this address, which already gets them. "
            + "Nothing changed: your alerts and settings stay as they were. You can change your settings in the "
            + "Thesis Watch app, and leave with the unsubscribe link at the end of any alert.")
    String knownAddressNote();

    // Notes at the top of an alert email.

    @Message("Reminder: this alert was held back while the trigger was snoozed or your subscription muted. "
            + "The trigger still fires.")
    String reminderNote();

    @Message("This is your last immediate alert today (your limit is {cap} a day). Further alerts today come "
            + "together in your digest after {time}.")
    String lastBeforeCapNote(int cap, String time);

    // The notice that a webhook was disabled.

    @Message("Your Thesis Watch webhook was disabled")
    String webhookDisabledSubject();

    @Message("We stopped sending alerts to your webhook {url}: {reason}.")
    String webhookDisabledNotice(String url, String reason);

    @Message("The alerts it missed are kept. Once the endpoint answers again, enable the webhook "
            + "(PUT /api/v1/webhooks/{id} with \"enabled\": true) and redeliver what failed "
            + "(GET /api/v1/webhooks/{id}/deliveries lists it; POST "
            + "/api/v1/webhooks/{id}/deliveries/<delivery id>/redeliver sends one again).")
    String webhookDisabledAction(String id);

    // Unsubscribe page.

    @Message("Thesis Watch: unsubscribe")
    String unsubscribePageTitle();

    @Message("Unsubscribe from Thesis Watch alerts?")
    String unsubscribeQuestion();

    @Message("Unsubscribe")
    String unsubscribeButton();

    @Message("You are unsubscribed")
    String unsubscribedHeading();

    @Message("Thesis Watch will send you no more alerts.")
    String unsubscribedNote();

    // Confirmation page (the link of the confirmation email).

    @Message("Thesis Watch: confirm your subscription")
    String confirmPageTitle();

    @Message("Confirm your Thesis Watch alerts")
    String confirmQuestion();

    @Message("Press the button to start receiving alert emails at {email}. Opening this page alone changes nothing.")
    String confirmExplanation(String email);

    @Message("You are subscribed")
    String confirmedHeading();

    @Message("Alert emails will reach {email} when a trigger of what you follow fires or clears.")
    String confirmedNote(String email);

    @Message("Already confirmed")
    String alreadyConfirmedHeading();

    @Message("{email} was confirmed before; nothing changed.")
    String alreadyConfirmedNote(String email);

    @Message("This link has expired")
    String expiredHeading();

    @Message("The confirmation link is no longer valid (it lasts a week, and a cancelled subscription's link ends "
            + "with it). Sign up again to get a new one.")
    String expiredNote();

    /** What the chart in an alert email shows, for readers who do not see images. */
    @Message("Chart of {series} over its last {count} periods, with the trigger's threshold {threshold} as a dashed "
            + "line")
    String chartAlt(String series, int count, String threshold);
}
