package io.thesiswatch.company.domain;

/** The unit of a metric's values. */
public enum Unit {
    USD, PERCENT, COUNT, USD_PER_MTOK, FLOP
}
