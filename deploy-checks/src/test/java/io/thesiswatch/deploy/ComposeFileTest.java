package io.thesiswatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ComposeFileTest {

    @Test
    void theComposeFileIsValid() throws Exception {
        List<String> command = new ArrayList<>(composeCommand());
        command.addAll(List.of("--env-file", ".env.example", "-f", "docker-compose.yml", "config", "-q"));
        Process compose = new ProcessBuilder(command).directory(Manifests.root().toFile()).redirectErrorStream(true)
                .start();
        String output = new String(compose.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        compose.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, compose.exitValue(), String.join(" ", command) + ": " + output);
    }

    /** {@code docker compose} where the plugin is installed, else the standalone {@code docker-compose}. */
    private static List<String> composeCommand() throws Exception {
        Process probe = new ProcessBuilder("docker", "compose", "version").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0 ? List.of("docker", "compose")
                : List.of("docker-compose");
    }
}
