package io.thesiswatch.thesis.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.thesis.domain.JournalEntry;

@ApplicationScoped
public class JournalRepository implements PanacheRepository<JournalEntry> {

    public PageResult<JournalEntry> newestFirst(UUID thesisId, PageParams paging) {
        return PageResult.of(find("thesisId", Sort.by("createdAt", Sort.Direction.Descending)
                .and("id", Sort.Direction.Descending), thesisId), paging);
    }

    public Optional<JournalEntry> findInThesis(UUID thesisId, long id) {
        return find("id = ?1 and thesisId = ?2", id, thesisId).firstResultOptional();
    }

    public boolean eventRecorded(String eventId) {
        return count("eventId", eventId) > 0;
    }
}
