package io.thesiswatch.alert.service.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LeaseTest {

    private final List<String> attempted = new ArrayList<>();
    private final List<String> givenBack = new ArrayList<>();

    @Test
    void noAttemptStartsThatCouldOutlastTheLease() {
        Instant now = Instant.now();
        Lease lease = Lease.from(now, Duration.ofSeconds(30));
        assertTrue(lease.leavesTimeFor(Duration.ofSeconds(30), now));
        assertFalse(lease.leavesTimeFor(Duration.ofSeconds(31), now));
        assertFalse(lease.leavesTimeFor(Duration.ofSeconds(10), now.plusSeconds(21)));
    }

    @Test
    void aLeaseTooShortForOneAttemptGivesEveryRowBack() {
        Lease lease = Lease.from(Instant.now(), Duration.ofSeconds(1));
        lease.attemptEach(List.of("a", "b"), Duration.ofSeconds(10), () -> false, attempted::add, givenBack::addAll);
        assertEquals(List.of(), attempted);
        assertEquals(List.of("a", "b"), givenBack);
    }

    @Test
    void rowsAreAttemptedInTurnUntilTheServiceStopsAndTheRestIsGivenBack() {
        Lease lease = Lease.from(Instant.now(), Duration.ofMinutes(2));
        lease.attemptEach(List.of("a", "b", "c"), Duration.ofSeconds(10), () -> attempted.size() == 1,
                attempted::add, givenBack::addAll);
        assertEquals(List.of("a"), attempted);
        assertEquals(List.of("b", "c"), givenBack);
    }

    @Test
    void withTimeAndNoStopEveryRowIsAttempted() {
        Lease lease = Lease.from(Instant.now(), Duration.ofMinutes(2));
        lease.attemptEach(List.of("a", "b"), Duration.ofSeconds(10), () -> false, attempted::add, givenBack::addAll);
        assertEquals(List.of("a", "b"), attempted);
        assertEquals(List.of(), givenBack);
    }
}
