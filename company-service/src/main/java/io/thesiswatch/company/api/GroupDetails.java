package io.thesiswatch.company.api;

import java.util.List;

/** What a group's create and update requests both say about it: the state the service applies. */
public interface GroupDetails {

    String name();

    List<String> members();

    String description();
}
