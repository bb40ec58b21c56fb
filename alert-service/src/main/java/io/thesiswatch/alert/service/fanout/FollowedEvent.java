package io.thesiswatch.alert.service.fanout;

import java.time.Instant;
import java.util.List;

import io.thesiswatch.alert.domain.AlertEvent;

/**
 * An event with the companies its thesis names, the active subscribers who follow it (each once), whether its
 * trigger is snoozed, and the time its fan-out is judged at (mutes).
 */
public record FollowedEvent(AlertEvent event, List<String> thesisCompanies, List<Follower> followers,
        boolean snoozed, Instant at) {
}
