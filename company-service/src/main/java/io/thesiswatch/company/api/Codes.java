package io.thesiswatch.company.api;

import java.util.Locale;

/** The shapes of codes, and how codes typed in a path are read. */
public final class Codes {

    public static final String SUBJECT = "[A-Z0-9][A-Z0-9.-]{0,19}";
    public static final String SUBJECT_MESSAGE = "must be 1-20 upper-case letters, digits, '.' or '-', starting with "
            + "a letter or digit";
    public static final String METRIC = "[A-Z][A-Z0-9_]{1,39}";
    public static final String METRIC_MESSAGE = "must be 2-40 upper-case letters, digits or '_', starting with "
            + "a letter";
    public static final String TAG = "[a-z0-9][a-z0-9-]{0,39}";
    public static final String TAG_MESSAGE = "must be 1-40 lower-case letters, digits or '-'";
    public static final String EXCHANGE = "[A-Z0-9.-]{1,20}";
    public static final String EXCHANGE_MESSAGE = "must be upper case, e.g. NASDAQ or PRIVATE";
    public static final String COUNTRY = "[A-Z]{2}";
    public static final String COUNTRY_MESSAGE = "must be an ISO 3166 two-letter country code, e.g. US";

    private Codes() {
    }

    /** Codes in paths are matched case-insensitively: {@code /companies/nvda} finds NVDA. */
    public static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
