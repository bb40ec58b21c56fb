package io.thesiswatch.alert.domain;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The languages alert emails are written in. On the wire a locale is its language tag ({@code en},
 * {@code zh-TW}), never the constant's name: the document lists the tags, so generated clients send and read them.
 */
@Schema(name = "EmailLocale", type = SchemaType.STRING, enumeration = {"en", "zh-TW"}, example = "zh-TW",
        description = "The language of a subscriber's emails, as a language tag: en (English) or zh-TW "
                + "(Traditional Chinese, Taiwan)")
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
