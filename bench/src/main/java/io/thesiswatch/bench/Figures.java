package io.thesiswatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The figures of one run, written as bench/RESULTS.md. */
final class Figures {

    record Figure(String name, String measured, String limit, String ratio, String target, String verdict) {
    }

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> context = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void context(String line) {
        context.add(line);
    }

    void add(String name, String measured, String limit, String ratio, String target, Boolean met) {
        figures.add(new Figure(name, measured, limit, ratio, target,
                met == null ? "(no target)" : met ? "met" : "MISSED"));
        System.out.println("[bench] " + name + ": " + measured + " | limit " + limit + " | " + ratio + " | target "
                + target + " -> " + (met == null ? "-" : met ? "met" : "MISSED"));
    }

    void note(String text) {
        notes.add(text);
        System.out.println("[bench] note: " + text);
    }

    /** Writes the figures; the file's "## History" section (before/after records, kept by hand) survives. */
    void write(Path file) throws IOException {
        String history = "";
        if (Files.exists(file)) {
            String old = Files.readString(file);
            int at = old.indexOf("\n## History");
            history = at < 0 ? "" : old.substring(at);
        }
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Written by `bench/run.sh` on ").append(Instant.now()).append(". Each figure is compared with a ")
                .append("limit measured in the same run on the same machine.\n\n");
        context.forEach(c -> md.append("- ").append(c).append('\n'));
        md.append("\n| figure | measured | limit (same run) | ratio | target | verdict |\n|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            md.append("| ").append(f.name()).append(" | ").append(f.measured()).append(" | ").append(f.limit())
                    .append(" | ").append(f.ratio()).append(" | ").append(f.target()).append(" | ").append(f.verdict())
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        Files.writeString(file, md.append(history).toString());
    }
}
