package io.thesiswatch.alert.service.fanout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.Subscription;

/** Who follows an event: subscribers of its thesis, or of a company the thesis names; each subscriber once. */
final class Followers {

    private final Map<UUID, List<Subscriber>> byThesis = new LinkedHashMap<>();
    private final Map<String, List<Subscriber>> byCompany = new LinkedHashMap<>();

    Followers(List<Subscription> subscriptions) {
        for (Subscription s : subscriptions) {
            if (s.thesisId != null) {
                byThesis.computeIfAbsent(s.thesisId, k -> new ArrayList<>()).add(s.subscriber);
            } else {
                byCompany.computeIfAbsent(s.company, k -> new ArrayList<>()).add(s.subscriber);
            }
        }
    }

    Collection<Subscriber> of(RecordedEvent recorded) {
        Map<UUID, Subscriber> unique = new LinkedHashMap<>();
        byThesis.getOrDefault(recorded.event().thesisId, List.of()).forEach(s -> unique.put(s.id, s));
        for (String company : recorded.thesisCompanies()) {
            byCompany.getOrDefault(company, List.of()).forEach(s -> unique.put(s.id, s));
        }
        return List.copyOf(unique.values());
    }
}
