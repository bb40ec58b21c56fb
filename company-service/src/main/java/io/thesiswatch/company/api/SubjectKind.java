package io.thesiswatch.company.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a subject code names. */
@Schema(name = "SubjectKind", description = "What a subject code names: a company, or a group of companies")
public enum SubjectKind {
    COMPANY, GROUP;

    public static SubjectKind of(boolean group) {
        return group ? GROUP : COMPANY;
    }
}
