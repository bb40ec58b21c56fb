package io.thesiswatch.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageRuntimeTest {

    @TempDir
    Path directory;

    @Test
    void takesTheImagesJvmOptionsButNotItsContainerHeapShareNorSystemProperties() throws IOException {
        Path dockerfile = write("""
                FROM registry.example/openjdk-17-runtime:1
                ENV LANGUAGE='en_US:en'
                # ENV MALLOC_ARENA_MAX=8 (a comment, not a setting)
                ENV MALLOC_ARENA_MAX=2
                ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=50.0 -XX:+UseG1GC  -XX:G1PeriodicGCInterval=15000 \
                -Dquarkus.http.host=0.0.0.0 -XX:InitialRAMPercentage=10"
                ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"
                """);

        ImageRuntime runtime = ImageRuntime.of(dockerfile);

        assertEquals(List.of("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=15000"), runtime.jvmOptions());
        assertEquals(Map.of("MALLOC_ARENA_MAX", "2"), runtime.environment());
    }

    @Test
    void refusesAnImageWithoutJvmOptionsOrWithoutADockerfile() throws IOException {
        Path withoutOptions = write("FROM registry.example/openjdk-17-runtime:1\nENV MALLOC_ARENA_MAX=2\n");

        assertTrue(assertThrows(IllegalStateException.class, () -> ImageRuntime.of(withoutOptions)).getMessage()
                .contains("sets no JAVA_OPTS_APPEND"));
        assertTrue(assertThrows(IllegalStateException.class, () -> ImageRuntime.of(directory.resolve("missing")))
                .getMessage().contains("is missing"));
    }

    /** What the local stack and the benchmark run each service with: its image's memory options. */
    @ParameterizedTest
    @ValueSource(strings = {"company-service", "thesis-service", "alert-service"})
    void everyServiceRunsWithItsImagesMemoryOptions(String service) throws IOException {
        Path root = Path.of(System.getProperty("thesiswatch.root", "..")).toAbsolutePath().normalize();

        ImageRuntime runtime = ImageRuntime.of(ImageRuntime.dockerfile(root, service));

        assertTrue(runtime.jvmOptions().containsAll(List.of("-XX:+UseG1GC", "-XX:TrimNativeHeapInterval=5000")),
                service + ": " + runtime.jvmOptions());
        assertTrue(runtime.jvmOptions().stream().noneMatch(option -> option.contains("RAMPercentage")),
                service + ": " + runtime.jvmOptions());
        assertEquals("2", runtime.environment().get("MALLOC_ARENA_MAX"));
    }

    private Path write(String dockerfile) throws IOException {
        return Files.writeString(directory.resolve("Dockerfile.jvm"), dockerfile);
    }
}
