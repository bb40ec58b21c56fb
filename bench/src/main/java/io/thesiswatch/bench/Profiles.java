package io.thesiswatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Flight recordings of the services while a section runs, summarised as the methods that were on the CPU most
 * (self) and the methods most often on the stack (total): small text files under bench/profiles/ that say where
 * the time went, kept before and after a change. Recording is off unless {@code BENCH_PROFILE} names the run
 * (before, after, ...), so the figures of a plain run carry no recording overhead.
 */
final class Profiles {

    private static final int TOP = 30;

    private final String label;
    private final Path recordings;
    private final Path summaries;

    private Profiles(String label, Path recordings, Path summaries) {
        this.label = label;
        this.recordings = recordings;
        this.summaries = summaries;
    }

    /** Profiles named by {@code BENCH_PROFILE}, or none. */
    static Profiles fromEnvironment(Path root, Path scratch) {
        String label = System.getenv("BENCH_PROFILE");
        return label == null || label.isBlank() ? null : new Profiles(label, scratch, root.resolve("bench/profiles"));
    }

    /** A recording of these processes (name to pid) while {@code work} runs; with no profiles, just the work. */
    static void around(Profiles profiles, String section, Map<String, Long> processes, Benchmark.Section work)
            throws Exception {
        if (profiles == null) {
            work.run();
            return;
        }
        profiles.record(section, processes, work);
    }

    private void record(String section, Map<String, Long> processes, Benchmark.Section work) throws Exception {
        Map<String, Path> files = new HashMap<>();
        for (Map.Entry<String, Long> process : processes.entrySet()) {
            Path file = recordings.resolve(section + "-" + process.getKey() + ".jfr");
            jcmd(process.getValue(), "JFR.start", "name=bench", "settings=default", "filename=" + file);
            files.put(process.getKey(), file);
        }
        try {
            work.run();
        } finally {
            for (Map.Entry<String, Long> process : processes.entrySet()) {
                jcmd(process.getValue(), "JFR.stop", "name=bench");
            }
        }
        Files.createDirectories(summaries);
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Path summary = summaries.resolve(label + "-" + section + "-" + file.getKey() + ".txt");
            Files.writeString(summary, summarise(section, file.getKey(), file.getValue()));
            System.out.println("[bench] profile " + summary);
        }
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed: " + out);
        }
    }

    /** The top methods by execution samples: on the CPU (self) and anywhere on the stack (total). */
    static String summarise(String section, String process, Path recording) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String method = name(frame.getMethod());
                    if (seen.add(method)) {
                        total.merge(method, 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder text = new StringBuilder("# ").append(process).append(", section ").append(section)
                .append(": ").append(samples).append(" execution samples (JFR, settings=default: a running thread")
                .append(" sampled every 20 ms)\n\n## On the CPU (self)\n");
        top(self, samples, text);
        text.append("\n## On the stack (total; the application's own methods)\n");
        Map<String, Integer> ours = new HashMap<>();
        total.forEach((method, count) -> {
            if (method.startsWith("io.thesiswatch.")) {
                ours.put(method, count);
            }
        });
        top(ours, samples, text);
        text.append("\n## On the stack (total; everything)\n");
        top(total, samples, text);
        return text.toString();
    }

    private static void top(Map<String, Integer> counts, int samples, StringBuilder text) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> text.append(String.format("%5.1f%%  %6d  %s%n",
                        100.0 * e.getValue() / Math.max(1, samples), e.getValue(), e.getKey())));
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }
}
