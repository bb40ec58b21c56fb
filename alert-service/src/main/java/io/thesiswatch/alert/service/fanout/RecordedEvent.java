package io.thesiswatch.alert.service.fanout;

import java.util.List;

import io.thesiswatch.alert.domain.AlertEvent;

/** An event a check has just recorded, with the companies its thesis names (their followers follow it too). */
public record RecordedEvent(AlertEvent event, List<String> thesisCompanies) {
}
