package io.thesiswatch.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.thesiswatch.devinfra.ReceivedEmail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README's "Try it in five minutes", run as written so that it cannot rot: its bash blocks joined into one
 * script, run by bash against a fresh stack prepared as {@code ./run-local.sh} prepares it (demo data, first
 * check, tokens file). Two things differ from a reader's shell, both stated here: the stack listens on free
 * ports (a developer's own local stack may hold the standard ones), so the script's standard ports are pointed
 * at them; and the script runs in a folder standing in for the repository root, whose {@code .local-stack} is
 * the stack's data folder. curl is set to fail on an HTTP error, as a reader would notice one.
 */
class WalkthroughIT {

    private static final String HEADING = "## Try it in five minutes";
    private static final String ADDRESS = "you@example.com";
    private static final String TRIGGER = "NVIDIA capex growth falls below 50%";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String STRICT_CURL = """
            # WalkthroughIT: an HTTP error fails the command and shows the answer; a readable log
            fail-with-body
            show-error
            max-time = 30
            no-progress-meter
            write-out = "\\n"
            """;

    private static Path root;
    private static Path folder;
    private static Stack.Ports ports;
    private static Stack stack;

    @BeforeAll
    static void startTheStackAsRunLocalDoes() throws Exception {
        root = Path.of(System.getProperty("thesiswatch.root", "..")).toAbsolutePath().normalize();
        folder = Files.createTempDirectory("thesis-watch-walkthrough");
        Path data = folder.resolve(".local-stack");
        ports = Stack.Ports.free();
        stack = Stack.start(root, data, ports, "off", line -> System.out.println("[walkthrough] " + line));
        LocalStack.welcome(stack, data);
    }

    @AfterAll
    static void stopTheStack() throws IOException {
        if (stack != null) {
            stack.close();
        }
        Folders.delete(folder);
    }

    @Test
    void theReadmeWalkthroughRunsAsWrittenAndItsAlertReachesOnlyTheNewSubscriber() throws Exception {
        String script = onTheStacksPorts(MarkdownBashBlocks.ofSection(root.resolve("README.md"), HEADING));

        runWithBash("set -euo pipefail\n"
                + "trap 'echo \"walkthrough.sh failed at line $LINENO: $BASH_COMMAND\" >&2' ERR\n"
                + script);

        List<ReceivedEmail> alerts = stack.emails().stream().filter(email -> email.subject().contains(TRIGGER))
                .toList();
        assertFalse(alerts.isEmpty(), "no email about " + TRIGGER + " among " + subjects());
        for (ReceivedEmail alert : alerts) {
            assertEquals(List.of(ADDRESS), alert.toAddresses(), "who received " + alert.subject());
        }
    }

    /** The standard ports of the walkthrough, pointed at this stack's ports. */
    private static String onTheStacksPorts(String script) {
        Stack.Ports standard = Stack.Ports.standard();
        Map<Integer, Integer> moved = Map.of(standard.company(), ports.company(), standard.thesis(), ports.thesis(),
                standard.alert(), ports.alert(), standard.inbox(), ports.inbox());
        String rewritten = script;
        for (Map.Entry<Integer, Integer> port : moved.entrySet()) {
            rewritten = rewritten.replace("localhost:" + port.getKey(), "localhost:" + port.getValue());
        }
        for (int port : moved.keySet()) {
            assertFalse(rewritten.contains(":" + port), "the walkthrough names port " + port
                    + " other than as localhost:" + port + ", so the test cannot point it at its own stack");
        }
        return rewritten;
    }

    private static void runWithBash(String script) throws IOException, InterruptedException {
        Path file = Files.writeString(folder.resolve("walkthrough.sh"), script);
        Path output = folder.resolve("walkthrough.log");
        Path curlHome = Files.createDirectories(folder.resolve("curl"));
        Files.writeString(curlHome.resolve(".curlrc"), STRICT_CURL);
        ProcessBuilder bash = new ProcessBuilder("bash", file.toString()).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        bash.environment().put("CURL_HOME", curlHome.toString());
        Process process = bash.start();
        boolean finished = process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        String log = Files.readString(output);
        System.out.println("[walkthrough] output of the README's blocks:\n" + log);
        assertTrue(finished, "the walkthrough did not finish within " + TIMEOUT + "; its output:\n" + log);
        assertEquals(0, process.exitValue(), "the walkthrough failed; its output:\n" + log);
    }

    private static List<String> subjects() {
        return stack.emails().stream().map(email -> email.recipients() + " " + email.subject()).toList();
    }
}
