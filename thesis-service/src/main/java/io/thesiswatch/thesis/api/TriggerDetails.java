package io.thesiswatch.thesis.api;

import java.math.BigDecimal;
import java.time.Instant;

import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.Severity;

/** What a risk trigger says, as a client writes it: the same fields when it is created and when it is replaced. */
public interface TriggerDetails {

    String NAME = "What the trigger watches for, in a few words; leading and trailing spaces are dropped";
    String THRESHOLD = "The value the series is compared with, in the series' unit (percent for the *_PCT "
            + "transforms); at most 1000 digits before and after the decimal point";
    String CLEAR_THRESHOLD = "Hysteresis: once firing, the trigger clears only past this value, which is on the safe "
            + "side of threshold (at least threshold for LT, LTE and CROSSES_BELOW, at most for GT, GTE and "
            + "CROSSES_ABOVE); left out: it clears as soon as the condition stops holding";
    String FOR_PERIODS = "How many latest consecutive points must meet the condition, 1 to 100 (1 if left out; "
            + "only 1 with a crossing operator)";
    String SEVERITY = "WARNING if left out; a CRITICAL firing puts an ACTIVE thesis AT_RISK";
    String ENABLED = "true if left out; a disabled trigger is never checked";
    String SNOOZED_UNTIL = "Checks skip the trigger until then; not snoozed when left out";

    String name();

    SeriesRequest series();

    Operator operator();

    BigDecimal threshold();

    BigDecimal clearThreshold();

    Integer forPeriods();

    Severity severity();

    Boolean enabled();

    Instant snoozedUntil();
}
