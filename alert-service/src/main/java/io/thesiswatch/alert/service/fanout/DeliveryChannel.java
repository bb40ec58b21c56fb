package io.thesiswatch.alert.service.fanout;

import java.util.List;

/**
 * One way events leave alert-service. A channel writes its outbox rows for the events of a batch in the
 * transaction that records them; its own worker sends them later. A new channel is one more bean.
 */
public interface DeliveryChannel {

    void enqueue(List<FollowedEvent> events);
}
