package io.thesiswatch.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
    private final TcpProxy companyProxy;

    private TestStack(Stack stack, Path data, TcpProxy companyProxy) {
        this.stack = stack;
        this.data = data;
        this.companyProxy = companyProxy;
    }

    /**
     * The system with alert-service reaching company-service through a proxy that a test can slow down or cut
     * ({@link #companyProxy()}), alert-service started with this extra environment.
     */
    static TestStack withCompanyBehindProxy(Class<?> test, Map<String, String> alertEnvironment)
            throws IOException, InterruptedException {
        Stack.Ports ports = Stack.Ports.free();
        TcpProxy proxy = TcpProxy.to(ports.company());
        Map<String, String> environment = new HashMap<>(alertEnvironment);
        environment.put("QUARKUS_REST_CLIENT_COMPANY_SERVICE_URL", proxy.url());
        try {
            TestStack started = start(test, ports, StackOptions.defaults().withEnvironment("alert-service",
                    environment));
            return new TestStack(started.stack, started.data, proxy);
        } catch (IOException | InterruptedException | RuntimeException e) {
            proxy.close();
            throw e;
        }
    }

    /** The proxy in front of company-service, for alert-service's calls. */
    TcpProxy companyProxy() {
        return companyProxy;
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
        return new TestStack(stack, data, null);
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
        if (companyProxy != null) {
            companyProxy.close();
        }
    }
}
