package io.thesiswatch.thesis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/** The JSON body of a thesis request: a valid long infrastructure thesis unless a test says otherwise. */
final class ThesisJson {

    private final Map<String, Object> fields = new HashMap<>();

    private ThesisJson() {
    }

    static ThesisJson aThesis(String title, String... companies) {
        return new ThesisJson().title(title)
                .set("summary", "Capex keeps growing")
                .stance("LONG")
                .set("layer", "INFRASTRUCTURE")
                .set("companies", List.of(companies))
                .conviction(4)
                .horizon("2027-12-31");
    }

    ThesisJson title(String title) {
        return set("title", title);
    }

    ThesisJson stance(String stance) {
        return set("stance", stance);
    }

    ThesisJson conviction(int conviction) {
        return set("conviction", conviction);
    }

    ThesisJson horizon(String horizon) {
        return set("horizon", horizon);
    }

    ThesisJson withoutHorizon() {
        fields.remove("horizon");
        return this;
    }

    ThesisJson status(String status) {
        return set("status", status);
    }

    ThesisJson version(long version) {
        return set("version", version);
    }

    ThesisJson withoutVersion() {
        fields.remove("version");
        return this;
    }

    @JsonValue
    Map<String, Object> json() {
        return fields;
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    private ThesisJson set(String field, Object value) {
        fields.put(field, value);
        return this;
    }
}
