package io.thesiswatch.alert.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.thesiswatch.alert.domain.AlertEvent;

@ApplicationScoped
public class AlertEventRepository implements PanacheRepositoryBase<AlertEvent, UUID> {
}
