package io.thesiswatch.company.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.thesiswatch.company.domain.Subject;

/** Companies and groups together: the one code space. */
@ApplicationScoped
public class SubjectRepository implements PanacheRepository<Subject> {

    public Optional<Subject> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
