package io.thesiswatch.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.thesiswatch.stack.Api;
import io.thesiswatch.stack.Folders;
import io.thesiswatch.stack.Stack;
import io.thesiswatch.stack.StackOptions;

/**
 * The whole system for one fault test class: PostgreSQL, the SMTP catcher and the three services, started fresh in
 * {@code fault-suite/target/fault-stacks/<test>}. Closing it stops everything and deletes the database files; the
 * services' logs stay there, to read when a test fails.
 */
final class TestStack implements AutoCloseable {

    private final Stack stack;
    private final Path data;

    private TestStack(Stack stack, Path data) {
        this.stack = stack;
        this.data = data;
    }

    static TestStack start(Class<?> test, Stack.Ports ports, StackOptions options)
            throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("thesiswatch.root", "..")).toAbsolutePath().normalize();
        Path data = root.resolve("fault-suite/target/fault-stacks").resolve(test.getSimpleName());
        Folders.delete(data);
        Files.createDirectories(data);
        String name = test.getSimpleName();
        Stack stack = Stack.start(root, data, ports, "off", options,
                line -> System.out.println("[" + name + "] " + line));
        return new TestStack(stack, data);
    }

    Stack stack() {
        return stack;
    }

    /** A client with the admin's token. */
    Api admin() {
        return new Api(stack.tokens().admin());
    }

    /** Where the services' logs are, for failure messages. */
    Path logs() {
        return data.resolve("logs");
    }

    @Override
    public void close() throws IOException {
        stack.close();
        Folders.delete(data.resolve("pgdata"));
    }
}
