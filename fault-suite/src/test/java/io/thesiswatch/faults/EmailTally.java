package io.thesiswatch.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.stack.Stack;

/**
 * Every email the stack's SMTP catcher receives from now on, counted as it arrives (a listener, not a scan of the
 * mailboxes): how many, and the Message-ID of each email each recipient got.
 */
final class EmailTally {

    private final AtomicInteger received = new AtomicInteger();
    private final Map<String, List<String>> messageIdsByRecipient = new ConcurrentHashMap<>();

    private EmailTally() {
    }

    /** Starts counting the emails this stack receives. */
    static EmailTally of(Stack stack) {
        EmailTally tally = new EmailTally();
        stack.onEveryEmail(tally::count);
        return tally;
    }

    private void count(ReceivedEmail email) {
        String messageId = email.messageId();
        for (String recipient : email.toAddresses()) {
            messageIdsByRecipient.computeIfAbsent(recipient, r -> new CopyOnWriteArrayList<>()).add(messageId);
        }
        received.incrementAndGet();
    }

    /** Emails received so far. */
    int received() {
        return received.get();
    }

    /** How many of these addresses have got at least one email. */
    long reached(Iterable<String> addresses) {
        long reached = 0;
        for (String address : addresses) {
            if (messageIdsByRecipient.containsKey(address)) {
                reached++;
            }
        }
        return reached;
    }

    /** The Message-IDs of the emails this address got, in the order they arrived. */
    List<String> messageIdsOf(String address) {
        return List.copyOf(messageIdsByRecipient.getOrDefault(address, List.of()));
    }

    /** The addresses among these that got more than one email, with their Message-IDs, sorted by address. */
    Map<String, List<String>> duplicatesAmong(Iterable<String> addresses) {
        Map<String, List<String>> duplicates = new TreeMap<>();
        for (String address : addresses) {
            List<String> ids = messageIdsOf(address);
            if (ids.size() > 1) {
                duplicates.put(address, ids);
            }
        }
        return duplicates;
    }

    /** The addresses among these that got no email. */
    List<String> missingAmong(Iterable<String> addresses) {
        List<String> missing = new ArrayList<>();
        addresses.forEach(address -> {
            if (!messageIdsByRecipient.containsKey(address)) {
                missing.add(address);
            }
        });
        return missing;
    }
}
