package io.thesiswatch.alert.service.fanout;

import java.util.Collection;
import java.util.List;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.Subscriber;

/** An event with the companies its thesis names and the active subscribers who follow it, each once. */
public record FollowedEvent(AlertEvent event, List<String> thesisCompanies, Collection<Subscriber> followers) {
}
