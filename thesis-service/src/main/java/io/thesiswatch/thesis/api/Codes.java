package io.thesiswatch.thesis.api;

/** The forms of the codes requests name (those of company-service), with the messages that go with them. */
final class Codes {

    static final String SUBJECT = "[A-Z0-9][A-Z0-9.-]{0,19}";
    static final String COMPANY_MESSAGE = "must be an upper-case company code";
    static final String SUBJECT_MESSAGE = "must be an upper-case subject code";
    static final String METRIC = "[A-Z][A-Z0-9_]{1,39}";
    static final String METRIC_MESSAGE = "must be an upper-case metric code";

    private Codes() {
    }
}
