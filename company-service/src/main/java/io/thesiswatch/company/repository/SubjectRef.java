package io.thesiswatch.company.repository;

import java.util.List;
import java.util.Map;

import io.thesiswatch.company.domain.FiscalYearEnd;

/**
 * What a batch read needs to know of a subject: its id, whether it is a group, its fiscal year end, and a
 * group's members' ids with their year ends.
 */
public record SubjectRef(long id, String code, boolean group, FiscalYearEnd yearEnd, List<Long> memberIds,
        Map<Long, Member> members) {

    /** A group member: its code and fiscal year end. */
    public record Member(String code, FiscalYearEnd yearEnd) {
    }
}
