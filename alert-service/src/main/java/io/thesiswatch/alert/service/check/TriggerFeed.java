package io.thesiswatch.alert.service.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.client.ThesisServiceClient;
import io.thesiswatch.alert.client.ThesisWire;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.repository.CheckItemRepository;
import org.jboss.logging.Logger;

/** thesis-service's feed of enabled triggers (snoozed ones too), read page after page by a check. */
@ApplicationScoped
class TriggerFeed {

    private static final Logger LOG = Logger.getLogger(TriggerFeed.class);
    private static final String CLOSED = "CLOSED";

    private final ThesisServiceClient theses;
    private final AlertConfig config;

    TriggerFeed(ThesisServiceClient theses, AlertConfig config) {
        this.theses = theses;
        this.config = config;
    }

    /** A reading of one work item's range of the feed, from its first page. */
    Reading read(CheckItemRepository.Claim item) {
        return new Reading(theses, config.check().batchSize(), item);
    }

    /** The ids that cut the feed into work items of about {@code alert.check.item-size} triggers. */
    List<UUID> boundaries() {
        return theses.enabledTriggerRanges(config.check().itemSize()).boundariesOrNone();
    }

    /**
     * One work item's pass through its range of the feed: each trigger once (a trigger can move to the next page
     * while the feed is read), none of a closed thesis. One thread at a time reads it.
     */
    static final class Reading {

        private final ThesisServiceClient theses;
        private final int pageSize;
        private final CheckItemRepository.Claim item;
        private final Set<UUID> seen = new HashSet<>();
        private int page;

        private Reading(ThesisServiceClient theses, int pageSize, CheckItemRepository.Claim item) {
            this.theses = theses;
            this.pageSize = pageSize;
            this.item = item;
        }

        /** The next page; after the last one or an unreadable one there is nothing more to read. */
        FeedPage next() {
            int number = page++;
            ThesisWire.TriggerPage answer;
            try {
                answer = theses.enabledTriggers(item.after(), item.through(), number, pageSize);
            } catch (RuntimeException e) {
                LOG.warnf("Check %d (item %d) could not read triggers: %s", item.runId(), item.seq(), e.toString());
                return new FeedPage.Unreadable(
                        "thesis-service could not list triggers (page " + number + "): " + Failures.describe(e));
            }
            List<ThesisWire.Trigger> toCheck = new ArrayList<>();
            for (ThesisWire.Trigger trigger : answer.items()) {
                if (seen.add(trigger.id()) && !CLOSED.equals(trigger.thesisStatus())) {
                    toCheck.add(trigger);
                }
            }
            // the range's total ends it without asking for an empty page after a full one
            boolean last = answer.items().size() < pageSize || (long) (number + 1) * pageSize >= answer.total();
            return new FeedPage.Triggers(toCheck, last);
        }
    }
}
