package io.thesiswatch.alert.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

/** The sign-ups of the last hour per client, shared by every replica through the database. */
@ApplicationScoped
public class SignUpAttemptRepository {

    /** The advisory-lock class of sign-up counts (pg_advisory_xact_lock(int, int)): one lock per client. */
    private static final int LOCK_CLASS = 0x51_6e;

    private final EntityManager entityManager;

    public SignUpAttemptRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Counts a sign-up of this client unless it has made {@code allowed} in the {@code window} before {@code now};
     * answers how long until its oldest one leaves the window when it has. Serialized per client across replicas.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> admit(String client, Instant now, int allowed, Duration window) {
        Instant since = now.minus(window);
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:lockClass, hashtext(:client))")
                .setParameter("lockClass", LOCK_CLASS).setParameter("client", client).getSingleResult();
        entityManager.createNativeQuery("DELETE FROM signup_attempt WHERE attempted_at <= :since")
                .setParameter("since", since).executeUpdate();
        Tuple recent = (Tuple) entityManager.createNativeQuery("SELECT count(*) AS n, min(attempted_at) AS oldest "
                + "FROM signup_attempt WHERE client = :client", Tuple.class)
                .setParameter("client", client).getSingleResult();
        if (((Number) recent.get("n")).intValue() >= allowed) {
            Instant oldest = recent.get("oldest", Instant.class);
            return Optional.of(Duration.between(now, oldest.plus(window)));
        }
        entityManager.createNativeQuery("INSERT INTO signup_attempt (client, attempted_at) VALUES (:client, :now)")
                .setParameter("client", client).setParameter("now", now).executeUpdate();
        return Optional.empty();
    }
}
