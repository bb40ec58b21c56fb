package io.thesiswatch.thesis.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.thesis.api.JournalEntryResponse;
import io.thesiswatch.thesis.api.JournalRequest;
import io.thesiswatch.thesis.domain.JournalEntry;
import io.thesiswatch.thesis.domain.JournalKind;
import io.thesiswatch.thesis.mapping.ThesisMapper;
import io.thesiswatch.thesis.repository.JournalRepository;
import io.thesiswatch.thesis.repository.ThesisRepository;

@ApplicationScoped
public class JournalService {

    private final JournalRepository journal;
    private final ThesisRepository theses;

    public JournalService(JournalRepository journal, ThesisRepository theses) {
        this.journal = journal;
        this.theses = theses;
    }

    @Transactional
    public JournalEntryResponse write(UUID thesisId, JournalRequest request) {
        requireThesis(thesisId);
        JournalEntry entry = new JournalEntry();
        entry.thesisId = thesisId;
        entry.kind = JournalKind.NOTE;
        entry.note = request.note().trim();
        entry.author = request.author() == null || request.author().isBlank() ? ThesisService.DEFAULT_OWNER
                : request.author().trim();
        entry.createdAt = Instant.now();
        journal.persistAndFlush(entry);
        return ThesisMapper.toResponse(entry);
    }

    @Transactional
    public PageResult<JournalEntryResponse> read(UUID thesisId, PageParams paging) {
        requireThesis(thesisId);
        return journal.newestFirst(thesisId, paging).map(ThesisMapper::toResponse);
    }

    private void requireThesis(UUID thesisId) {
        if (theses.findByIdOptional(thesisId).isEmpty()) {
            throw ResourceNotFoundException.of("Thesis", thesisId);
        }
    }
}
