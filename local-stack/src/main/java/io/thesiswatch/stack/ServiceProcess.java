package io.thesiswatch.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Quarkus service run as a child process, its output in a log file. It can be started again on the
 * same port with the same environment (after a kill or a stop), as a supervisor would.
 */
final class ServiceProcess implements AutoCloseable {

    /**
     * The heap the benchmark measures at, fixed here where the images take half of the container's memory; the
     * rest of the JVM's options and the allocator's settings are the image's own ({@link ImageRuntime}).
     */
    static final List<String> HEAP = List.of("-Xmx256m", "-Xms32m");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Everything a start needs, kept for a restart. */
    private record Launch(Path root, String name, BindHost host, int port, Map<String, String> environment,
            Path logDirectory) {
    }

    private final Launch launch;
    private final String baseUrl;
    private final Process process;
    private final Path log;
    private final List<String> jvmOptions;
    private final ImageRuntime image;

    private ServiceProcess(Launch launch, Process process, Path log, List<String> jvmOptions, ImageRuntime image) {
        this.launch = launch;
        this.baseUrl = Stack.url(launch.host(), launch.port());
        this.process = process;
        this.log = log;
        this.jvmOptions = jvmOptions;
        this.image = image;
    }

    /** Starts {@code <root>/<name>/target/quarkus-app/quarkus-run.jar} with this environment, on this address. */
    static ServiceProcess start(Path root, String name, BindHost host, int port, Map<String, String> environment,
            Path logDirectory) throws IOException {
        return start(new Launch(root, name, host, port, Map.copyOf(environment), logDirectory));
    }

    private static ServiceProcess start(Launch launch) throws IOException {
        Path jar = launch.root().resolve(launch.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -B -DskipTests install");
        }
        Files.createDirectories(launch.logDirectory());
        Path log = launch.logDirectory().resolve(launch.name() + ".log");
        ImageRuntime image = ImageRuntime.of(ImageRuntime.dockerfile(launch.root(), launch.name()));
        List<String> jvmOptions = new ArrayList<>(HEAP);
        jvmOptions.addAll(image.jvmOptions());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(launch.environment());
        builder.environment().put("QUARKUS_HTTP_HOST", launch.host().address());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(launch.port()));
        builder.environment().put("LOG_JSON", "false");
        builder.environment().putAll(image.environment());
        return new ServiceProcess(launch, builder.start(), log, List.copyOf(jvmOptions), image);
    }

    /** The same service started again: same port, same environment, its output appended to the same log. */
    ServiceProcess restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(launch.name() + " is still running (pid " + process.pid() + ")");
        }
        return start(launch);
    }

    /** The same service started once more, with the same environment, on another port (a replica). */
    ServiceProcess another(int port, Path logDirectory) throws IOException {
        return start(new Launch(launch.root(), launch.name(), launch.host(), port, launch.environment(), logDirectory));
    }

    /** Kills the process at once (SIGKILL on Linux: no shutdown hook runs) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(launch.name() + " (pid " + process.pid() + ") survived SIGKILL");
        }
    }

    /**
     * Asks the process to stop (SIGTERM) and waits for it; answers its exit value. One that has not stopped within
     * {@code patience} is killed, and that is a failure.
     */
    int stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException(launch.name() + " did not stop within " + patience
                    + " of SIGTERM and was killed; see " + log);
        }
        return process.exitValue();
    }

    String name() {
        return launch.name();
    }

    /** How the JVM runs: its options, then the allocator's settings from the image ("... and MALLOC_ARENA_MAX=2"). */
    String runtime() {
        StringBuilder runtime = new StringBuilder(String.join(" ", jvmOptions));
        image.environment().forEach((name, value) -> runtime.append(" and ").append(name).append('=').append(value));
        return runtime.toString();
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return baseUrl;
    }

    Path log() {
        return log;
    }

    /** Waits until the service says it is ready (health check), or fails with the end of its log. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(launch.name() + " exited with " + process.exitValue() + "; see " + log
                        + "\n" + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(launch.name() + " was not ready within " + timeout + "; see " + log + "\n"
                + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Stops the service gracefully (SIGTERM), and forcibly if it has not stopped within 20 seconds. */
    @Override
    public void close() throws InterruptedException {
        askToStop();
        awaitStopped();
    }

    /** Sends SIGTERM and returns at once, so that several services can stop at the same time. */
    void askToStop() {
        process.destroy();
    }

    /** Waits for a service asked to stop; one still running after 20 seconds is killed. */
    void awaitStopped() throws InterruptedException {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
