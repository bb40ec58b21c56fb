package io.thesiswatch.alert.service.fanout;

import java.util.List;

import io.thesiswatch.alert.domain.AlertEvent;

/**
 * An event a check has just recorded, with the companies its thesis names (their followers follow it too) and
 * whether its trigger is snoozed (its alerts are then recorded, not sent).
 */
public record RecordedEvent(AlertEvent event, List<String> thesisCompanies, boolean snoozed) {
}
