package io.thesiswatch.alert;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.thesiswatch.alert.domain.DeliveryMode;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EmailDelivery;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.SubscriberStatus;
import io.thesiswatch.alert.repository.EmailDeliveryRepository;
import io.thesiswatch.alert.repository.SubscriberRepository;
import io.thesiswatch.alert.service.outbox.EmailDeliveryWorker;
import io.thesiswatch.alert.service.outbox.EmailOutbox;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.testsupport.SmtpResource;
import org.junit.jupiter.api.Test;

/**
 * The email outbox's lease: rows are claimed in a short transaction and hold no lock while they are sent, no two
 * workers hold one row, a dead worker's rows are taken over when its lease ends, and a worker that lost its lease
 * cannot overwrite the outcome of the one that took over. The scheduled outbox is off: the tests play the workers.
 */
@QuarkusTest
@TestProfile(LeasedOutboxTest.NoScheduledDelivery.class)
class LeasedOutboxTest extends AlertTestSupport {

    public static class NoScheduledDelivery implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alert.delivery.interval", "off");
        }
    }

    @Inject
    EmailDeliveryRepository deliveries;
    @Inject
    SubscriberRepository subscribers;
    @Inject
    EmailOutbox outbox;
    @Inject
    EmailDeliveryWorker worker;
    @Inject
    EntityManager entityManager;

    @Test
    void claimedRowsHoldNoLockAndNoOtherWorkerClaimsThemUntilTheLeaseEnds() {
        List<Long> ids = queueConfirmations(3);
        UUID first = UUID.randomUUID();
        List<EmailDelivery> claimed = ours(claim(first, Instant.now().plusSeconds(60)), ids);
        assertEquals(3, claimed.size());
        claimed.forEach(row -> assertEquals(1, row.attempts, "the claim counts the attempt"));

        assertDoesNotThrow(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "SELECT id FROM delivery WHERE id IN (?1) FOR UPDATE NOWAIT").setParameter(1, ids).getResultList()),
                "no row lock outlives the claim's transaction");
        assertTrue(ours(claim(UUID.randomUUID(), Instant.now().plusSeconds(60)), ids).isEmpty(),
                "another worker does not claim leased rows");

        endLeases(ids);
        UUID second = UUID.randomUUID();
        List<EmailDelivery> takenOver = ours(claim(second, Instant.now().plusSeconds(60)), ids);
        assertEquals(3, takenOver.size(), "rows are taken over once their lease ended");
        takenOver.forEach(row -> assertEquals(2, row.attempts));

        EmailDelivery late = claimed.get(0);
        late.recordAttempt(DeliveryStatus.SENT, Instant.now(), null, Instant.now());
        assertFalse(QuarkusTransaction.requiringNew().call(() -> deliveries.settle(late)),
                "a worker whose lease ended cannot record its outcome");
        EmailDelivery current = takenOver.stream().filter(row -> row.id.equals(late.id)).findFirst().orElseThrow();
        current.recordAttempt(DeliveryStatus.FAILED, Instant.now(), "550 no such user", null);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> deliveries.settle(current)));
        assertEquals(DeliveryStatus.FAILED, reread(late.id).status, "the worker holding the lease decided");

        List<EmailDelivery> rest = takenOver.stream().filter(row -> !row.id.equals(late.id)).toList();
        QuarkusTransaction.requiringNew().run(() -> deliveries.release(rest, second, Instant.now()));
        rest.forEach(row -> {
            EmailDelivery released = reread(row.id);
            assertEquals(DeliveryStatus.PENDING, released.status);
            assertEquals(1, released.attempts, "a row given back unattempted does not count the attempt");
            assertEquals(null, released.leaseToken);
        });
    }

    @Test
    void theRowsOfAWorkerThatDiedAreSentOnceByTheNextWorkerWhenTheLeaseEnds() {
        List<Long> ids = queueConfirmations(2);
        ours(claim(UUID.randomUUID(), Instant.now().plusSeconds(60)), ids);
        worker.drain();
        ids.forEach(id -> assertEquals(DeliveryStatus.PENDING, reread(id).status, "not before the lease ends"));

        endLeases(ids);
        worker.drain();
        for (Long id : ids) {
            EmailDelivery row = reread(id);
            assertEquals(DeliveryStatus.SENT, row.status);
            assertEquals(2, row.attempts);
            assertEquals(1, SmtpResource.emailsTo(addressOf(row)).size(), "sent once");
        }
    }

    @Test
    void twoWorkersDrainingAtOnceSendEveryEmailOnce() {
        List<Long> ids = queueConfirmations(60);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(worker::drain);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(worker::drain);
        int claimed = one.join() + two.join();
        assertTrue(claimed >= 60, "between them the workers claimed every row: " + claimed);
        // a row both workers held would go out twice; a row is attempted again only after a send that failed
        // (under load, a send can outlast the mailer's timeout), which the email count does not hide either
        for (Long id : ids) {
            EmailDelivery row = reread(id);
            assertEquals(DeliveryStatus.SENT, row.status, "row " + id);
            List<ReceivedEmail> received = SmtpResource.emailsTo(addressOf(row));
            assertEquals(1, received.size(), "one email to " + addressOf(row) + " (attempts: " + row.attempts + ")");
        }
    }

    private List<EmailDelivery> claim(UUID token, Instant leaseEnd) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.claimDueImmediate(Instant.now(), 1000, token,
                leaseEnd));
    }

    /** The rows of this test among those claimed; rows other tests left due are given back at once. */
    private List<EmailDelivery> ours(List<EmailDelivery> claimed, List<Long> ids) {
        Set<Long> wanted = Set.copyOf(ids);
        Map<Boolean, List<EmailDelivery>> split = claimed.stream()
                .collect(Collectors.partitioningBy(row -> wanted.contains(row.id)));
        if (!split.get(false).isEmpty()) {
            UUID token = split.get(false).get(0).leaseToken;
            QuarkusTransaction.requiringNew().run(() -> deliveries.release(split.get(false), token, Instant.now()));
        }
        return split.get(true);
    }

    /** What a lease's end looks like to the other workers: the rows are due again. */
    private void endLeases(List<Long> ids) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE delivery SET next_attempt_at = now() - interval '1 second' WHERE id IN (?1)")
                .setParameter(1, ids).executeUpdate());
    }

    private EmailDelivery reread(long id) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.findById(id));
    }

    private String addressOf(EmailDelivery row) {
        return QuarkusTransaction.requiringNew().call(() -> subscribers.findById(row.subscriberId).email);
    }

    /** Active subscribers, each with a confirmation email queued; answers the rows. */
    private List<Long> queueConfirmations(int count) {
        List<UUID> people = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                Subscriber subscriber = new Subscriber();
                subscriber.id = UUID.randomUUID();
                subscriber.email = email("lease" + i);
                subscriber.delivery = DeliveryMode.IMMEDIATE;
                subscriber.minSeverity = Severity.WARNING;
                subscriber.locale = EmailLocale.EN;
                subscriber.status = SubscriberStatus.ACTIVE;
                subscriber.createdAt = Instant.now();
                subscribers.persist(subscriber);
                outbox.enqueueConfirmation(subscriber.id);
                people.add(subscriber.id);
            }
        });
        return QuarkusTransaction.requiringNew().call(() -> deliveries.list("subscriberId in ?1", people).stream()
                .map(row -> row.id).toList());
    }
}
