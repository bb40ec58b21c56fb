package io.thesiswatch.company;

import io.thesiswatch.testsupport.JsonBody;

import java.util.List;

/** A group request: {@code aGroup("BIG6").name("Giants").members("AAPL", "NVDA").build()}. */
public final class GroupBody extends JsonBody<GroupBody> {

    private GroupBody() {
    }

    public static GroupBody aGroup(String code) {
        return new GroupBody().set("code", code);
    }

    /** A group's new state, as a PUT takes it (the code is in the path). */
    public static GroupBody aGroupUpdate() {
        return new GroupBody();
    }

    public GroupBody name(String name) {
        return set("name", name);
    }

    public GroupBody members(String... members) {
        return set("members", List.of(members));
    }
}
