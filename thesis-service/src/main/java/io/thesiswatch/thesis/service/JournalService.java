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
import io.thesiswatch.thesis.security.Caller;

@ApplicationScoped
public class JournalService {

    private final JournalRepository journal;
    private final ThesisRepository theses;
    private final Caller caller;

    public JournalService(JournalRepository journal, ThesisRepository theses, Caller caller) {
        this.journal = journal;
        this.theses = theses;
        this.caller = caller;
    }

    @Transactional
    public JournalEntryResponse write(UUID thesisId, JournalRequest request) {
        caller.requireOwner(theses.require(thesisId).owner);
        JournalEntry entry = new JournalEntry();
        entry.thesisId = thesisId;
        entry.kind = JournalKind.NOTE;
        entry.note = request.note().trim();
        entry.author = caller.name();
        entry.createdAt = Instant.now();
        journal.persistAndFlush(entry);
        return ThesisMapper.toResponse(entry);
    }

    @Transactional
    public JournalEntryResponse find(UUID thesisId, long entryId) {
        theses.require(thesisId);
        return journal.findInThesis(thesisId, entryId).map(ThesisMapper::toResponse)
                .orElseThrow(() -> ResourceNotFoundException.of("Journal entry", entryId));
    }

    @Transactional
    public PageResult<JournalEntryResponse> read(UUID thesisId, PageParams paging) {
        theses.require(thesisId);
        return journal.newestFirst(thesisId, paging).map(ThesisMapper::toResponse);
    }
}
