package io.thesiswatch.thesis;

import io.thesiswatch.testsupport.JsonBody;
import java.util.List;


/** The JSON body of a thesis request: a valid long infrastructure thesis unless a test says otherwise. */
final class ThesisJson extends JsonBody<ThesisJson> {

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
        return remove("horizon");
    }

    ThesisJson status(String status) {
        return set("status", status);
    }

    ThesisJson version(long version) {
        return set("version", version);
    }

    ThesisJson withoutVersion() {
        return remove("version");
    }
}
