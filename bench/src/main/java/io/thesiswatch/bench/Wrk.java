package io.thesiswatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.stack.Api;

/**
 * Load from wrk (Debian: wrk), a separate process written in C, so that the load generator takes little of the
 * machine it measures. Its script (wrk/load.lua) picks a request per kind and prints the figures as JSON.
 */
final class Wrk {

    /** One wrk process: the kind of request and its arguments, how many connections on how many threads. */
    record Load(String url, int connections, int threads, List<String> arguments) {
    }

    private final Path script;

    private Wrk(Path script) {
        this.script = script;
    }

    /** wrk with the bench's script (bench/run.sh installs wrk where it can). */
    static Wrk prepare(Path scratch) throws IOException {
        if (!onPath("wrk")) {
            throw new IllegalStateException("wrk is missing: install it (Debian: apt-get install wrk)");
        }
        Path script = scratch.resolve("load.lua");
        try (InputStream in = Wrk.class.getResourceAsStream("/wrk/load.lua")) {
            Files.write(script, in.readAllBytes());
        }
        return new Wrk(script);
    }

    /** How the script's last line of figures starts (it holds an object of its own, "why"). */
    private static final String FIGURES = "{\"requests\"";

    /** Runs these loads together for this long; answers each one's figures (requests, errors, rps, p50, p99). */
    List<JsonNode> run(List<Load> loads, int seconds) throws IOException, InterruptedException {
        List<Process> processes = new ArrayList<>();
        for (Load load : loads) {
            List<String> command = new ArrayList<>(List.of("wrk", "-t", String.valueOf(load.threads()), "-c",
                    String.valueOf(load.connections()), "-d", seconds + "s", "--timeout", "10s", "-s",
                    script.toString(), load.url(), "--"));
            command.addAll(load.arguments());
            processes.add(new ProcessBuilder(command).redirectErrorStream(true).start());
        }
        List<JsonNode> figures = new ArrayList<>();
        for (Process process : processes) {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0
                    || out.lastIndexOf(FIGURES) < 0) {
                throw new IllegalStateException("wrk failed: " + out);
            }
            figures.add(Api.JSON.readTree(out.substring(out.lastIndexOf(FIGURES))));
        }
        return figures;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
