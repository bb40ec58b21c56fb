package io.thesiswatch.company;

import io.thesiswatch.testsupport.JsonBody;

import java.util.List;

/** A catalog look-up: {@code aLookup().subjects("NVDA", "BIG6").metrics("CAPEX").build()}. */
public final class LookupBody extends JsonBody<LookupBody> {

    private LookupBody() {
    }

    public static LookupBody aLookup() {
        return new LookupBody();
    }

    public LookupBody subjects(List<String> codes) {
        return set("subjects", codes);
    }

    public LookupBody subjects(String... codes) {
        return subjects(List.of(codes));
    }

    public LookupBody metrics(String... codes) {
        return set("metrics", List.of(codes));
    }
}
