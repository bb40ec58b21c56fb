package io.thesiswatch.alert.service.check;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.api.CheckRunResponse;
import io.thesiswatch.alert.domain.CheckOrigin;
import io.thesiswatch.alert.domain.CheckRun;
import io.thesiswatch.alert.mapping.AlertMapper;
import io.thesiswatch.alert.repository.CheckRunRepository;

/** A check's run row: written when the check starts, completed with what it found when it ends. */
@ApplicationScoped
class CheckRunLog {

    private final CheckRunRepository runs;

    CheckRunLog(CheckRunRepository runs) {
        this.runs = runs;
    }

    /** Starts a run; empty when it belongs to a schedule tick that another replica has claimed. */
    Optional<Long> start(CheckOrigin origin, Instant tick) {
        return QuarkusTransaction.requiringNew().call(() -> runs.start(origin, tick, Instant.now()));
    }

    CheckRunResponse finish(long runId, CheckCounts counts) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CheckRun run = runs.findById(runId);
            counts.writeTo(run);
            run.finishedAt = Instant.now();
            return AlertMapper.toResponse(run);
        });
    }
}
