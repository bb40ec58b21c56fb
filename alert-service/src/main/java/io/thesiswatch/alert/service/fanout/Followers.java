package io.thesiswatch.alert.service.fanout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.thesiswatch.alert.domain.Subscription;

/**
 * Who follows an event: subscribers of its thesis, or of a company the thesis names; each subscriber once, with
 * every subscription through which they follow it.
 */
final class Followers {

    private final Map<UUID, List<Subscription>> byThesis = new LinkedHashMap<>();
    private final Map<String, List<Subscription>> byCompany = new LinkedHashMap<>();

    Followers(List<Subscription> subscriptions) {
        for (Subscription s : subscriptions) {
            if (s.thesisId != null) {
                byThesis.computeIfAbsent(s.thesisId, k -> new ArrayList<>()).add(s);
            } else {
                byCompany.computeIfAbsent(s.company, k -> new ArrayList<>()).add(s);
            }
        }
    }

    List<Follower> of(UUID thesisId, List<String> thesisCompanies) {
        Map<UUID, List<Subscription>> bySubscriber = new LinkedHashMap<>();
        byThesis.getOrDefault(thesisId, List.of()).forEach(s -> add(bySubscriber, s));
        for (String company : thesisCompanies) {
            byCompany.getOrDefault(company, List.of()).forEach(s -> add(bySubscriber, s));
        }
        return bySubscriber.values().stream().map(via -> new Follower(via.get(0).subscriber, List.copyOf(via)))
                .toList();
    }

    private static void add(Map<UUID, List<Subscription>> bySubscriber, Subscription subscription) {
        bySubscriber.computeIfAbsent(subscription.subscriber.id, k -> new ArrayList<>()).add(subscription);
    }
}
