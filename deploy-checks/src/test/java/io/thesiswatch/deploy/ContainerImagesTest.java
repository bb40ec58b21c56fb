package io.thesiswatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The container images: those of the services that draw charts have what Java 2D needs to draw text, and all three
 * run their JVM with the same memory options.
 */
class ContainerImagesTest {

    private static final Pattern INSTALLS_FONTS = Pattern.compile(
            "RUN microdnf install -y (?=[^\\n]*\\bfontconfig\\b)(?=[^\\n]*\\b[a-z-]*fonts\\b)[^\\n]*");

    private static List<String> lines(String service) throws IOException {
        return Files.readAllLines(Manifests.root().resolve(service + "/src/main/docker/Dockerfile.jvm"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"company-service", "alert-service"})
    void installsFontconfigAndAFontThenRunsAsTheUnprivilegedUser(String service) throws IOException {
        List<String> lines = lines(service);
        int install = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (INSTALLS_FONTS.matcher(lines.get(i)).find()) {
                install = i;
            }
        }
        assertTrue(install >= 0, service + " installs fontconfig and a font package");
        int lastUser = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("USER ")) {
                lastUser = i;
            }
        }
        assertTrue(lastUser > install && lines.get(lastUser).equals("USER 185"),
                service + " drops back to user 185 after installing");
    }

    /**
     * The three images run their JVM alike (bench/RESULTS.md measures these options), and each hands memory back:
     * heap when idle, native memory (JIT compiler arenas, large request bodies) every few seconds.
     */
    @Test
    void everyImageRunsItsJvmWithTheSameMemoryOptions() throws IOException {
        List<String> options = new ArrayList<>();
        for (String service : List.of("company-service", "thesis-service", "alert-service")) {
            String line = lines(service).stream().filter(l -> l.startsWith("ENV JAVA_OPTS_APPEND=")).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " sets JAVA_OPTS_APPEND"));
            options.add(line);
            assertTrue(line.contains("-XX:G1PeriodicGCInterval=") && line.contains("-XX:TrimNativeHeapInterval="),
                    service + " gives heap and native memory back: " + line);
        }
        assertEquals(1, options.stream().distinct().count(), "the three images' JVM options differ: " + options);
    }
}
