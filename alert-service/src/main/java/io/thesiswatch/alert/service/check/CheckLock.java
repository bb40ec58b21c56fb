package io.thesiswatch.alert.service.check;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.repository.AdvisoryLocks;
import io.thesiswatch.common.problem.ConflictException;

/** One check at a time: a lock in this process, and a PostgreSQL advisory lock across replicas. */
@ApplicationScoped
class CheckLock {

    /** The advisory lock that one running check holds, cluster-wide. */
    static final long CHECK_LOCK_KEY = 0x7e51_c4ecL;

    private final AdvisoryLocks advisoryLocks;
    private final ReentrantLock running = new ReentrantLock();

    CheckLock(AdvisoryLocks advisoryLocks) {
        this.advisoryLocks = advisoryLocks;
    }

    /** Does the work holding both locks; 409 when a check is running here or on another replica. */
    <T> T holding(Supplier<T> work) {
        if (!running.tryLock()) {
            throw new ConflictException("A check is already running; try again when it has finished");
        }
        try (AdvisoryLocks.Held clusterWide = advisoryLocks.tryLock(CHECK_LOCK_KEY).orElseThrow(() ->
                new ConflictException("A check is already running on another replica; try again later"))) {
            return work.get();
        } finally {
            running.unlock();
        }
    }
}
