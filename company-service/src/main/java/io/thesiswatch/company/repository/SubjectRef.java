package io.thesiswatch.company.repository;

import java.util.List;

/** What a batch read needs to know of a subject: its id, whether it is a group and its members' ids. */
public record SubjectRef(long id, String code, boolean group, List<Long> memberIds) {
}
