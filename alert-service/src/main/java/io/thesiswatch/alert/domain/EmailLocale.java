package io.thesiswatch.alert.domain;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The languages alert emails are written in. */
public enum EmailLocale {
    EN("en"), ZH_TW("zh-TW");

    private final String tag;

    EmailLocale(String tag) {
        this.tag = tag;
    }

    @JsonValue
    public String tag() {
        return tag;
    }

    @JsonCreator
    public static EmailLocale fromTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of en, zh-TW"));
    }
}
