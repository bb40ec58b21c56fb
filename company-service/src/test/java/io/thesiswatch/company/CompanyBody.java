package io.thesiswatch.company;

import io.thesiswatch.testsupport.JsonBody;

import java.util.List;

/** A company request: {@code aCompany("NVDA").name("NVIDIA").layer("INFRASTRUCTURE").build()}. */
public final class CompanyBody extends JsonBody<CompanyBody> {

    private CompanyBody() {
    }

    public static CompanyBody aCompany(String code) {
        return new CompanyBody().set("code", code);
    }

    /** A company's new state, as a PUT takes it (the code is in the path). */
    public static CompanyBody aCompanyUpdate() {
        return new CompanyBody();
    }

    public CompanyBody name(String name) {
        return set("name", name);
    }

    public CompanyBody exchange(String exchange) {
        return set("exchange", exchange);
    }

    public CompanyBody country(String country) {
        return set("country", country);
    }

    public CompanyBody layer(String layer) {
        return set("layer", layer);
    }

    public CompanyBody tags(String... tags) {
        return set("tags", List.of(tags));
    }

    public CompanyBody fiscalYearEnd(String monthDay) {
        return set("fiscalYearEnd", monthDay);
    }

    public CompanyBody description(String description) {
        return set("description", description);
    }
}
