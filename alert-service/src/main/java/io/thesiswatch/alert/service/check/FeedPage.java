package io.thesiswatch.alert.service.check;

import java.util.List;

import io.thesiswatch.alert.client.ThesisWire;

/** What reading one page of thesis-service's trigger feed gave: triggers to check, or why it could not be read. */
sealed interface FeedPage {

    /** The page's triggers that are still to check (none seen before, none of a closed thesis). */
    record Triggers(List<ThesisWire.Trigger> triggers, boolean last) implements FeedPage {
    }

    /** The page could not be read: the check stops there. */
    record Unreadable(String problem) implements FeedPage {
    }
}
