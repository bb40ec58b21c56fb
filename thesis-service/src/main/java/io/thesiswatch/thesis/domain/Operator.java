package io.thesiswatch.thesis.domain;

/** How a trigger compares the series with its threshold. */
public enum Operator {
    GT, GTE, LT, LTE, CROSSES_ABOVE, CROSSES_BELOW
}
