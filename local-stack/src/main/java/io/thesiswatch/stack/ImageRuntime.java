package io.thesiswatch.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a service's image runs its JVM, read from its {@code src/main/docker/Dockerfile.jvm} so that the local stack
 * and the benchmark run the services as the images do, from one place: the image's {@code -XX} options (its heap as
 * a share of the container's memory aside, since a process here has no container limit) and its settings of the C
 * library's allocator ({@code MALLOC_*}).
 */
public record ImageRuntime(List<String> jvmOptions, Map<String, String> environment) {

    private static final Pattern ENV = Pattern.compile("^ENV (\\w+)=(\"([^\"]*)\"|\\S*)\\s*$");
    /** Options that size the heap from a container's memory limit. */
    private static final Pattern CONTAINER_HEAP = Pattern.compile("-XX:(Max|Min|Initial)RAMPercentage=.*");

    public ImageRuntime {
        jvmOptions = List.copyOf(jvmOptions);
        environment = Map.copyOf(environment);
    }

    /** The runtime of the image this Dockerfile builds. */
    public static ImageRuntime of(Path dockerfile) throws IOException {
        if (!Files.isRegularFile(dockerfile)) {
            throw new IllegalStateException(dockerfile + " is missing: the services run with their image's options");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dockerfile)) {
            Matcher env = ENV.matcher(line);
            if (env.matches()) {
                variables.put(env.group(1), env.group(3) != null ? env.group(3) : env.group(2));
            }
        }
        String javaOptions = variables.get("JAVA_OPTS_APPEND");
        if (javaOptions == null) {
            throw new IllegalStateException(dockerfile + " sets no JAVA_OPTS_APPEND");
        }
        List<String> jvmOptions = Arrays.stream(javaOptions.trim().split("\\s+"))
                .filter(option -> option.startsWith("-XX:") && !CONTAINER_HEAP.matcher(option).matches()).toList();
        Map<String, String> allocator = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (name.startsWith("MALLOC_")) {
                allocator.put(name, value);
            }
        });
        return new ImageRuntime(jvmOptions, allocator);
    }

    /** The image's Dockerfile of this service in the repository at {@code root}. */
    static Path dockerfile(Path root, String service) {
        return root.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
    }
}
