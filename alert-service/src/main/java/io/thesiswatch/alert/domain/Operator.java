package io.thesiswatch.alert.domain;

/** How a trigger compares its series with the threshold. */
public enum Operator {
    GT, GTE, LT, LTE, CROSSES_ABOVE, CROSSES_BELOW
}
