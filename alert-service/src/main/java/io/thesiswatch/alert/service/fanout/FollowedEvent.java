package io.thesiswatch.alert.service.fanout;

import java.util.Collection;

import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.Subscriber;

/** An event with the active subscribers who follow it, each once. */
public record FollowedEvent(AlertEvent event, Collection<Subscriber> followers) {
}
