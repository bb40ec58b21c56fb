package io.thesiswatch.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code ```bash} blocks of one section of a Markdown file, in order, as one script. */
final class MarkdownBashBlocks {

    private static final String OPEN = "```bash";
    private static final String CLOSE = "```";
    private static final String NEXT_SECTION = "## ";

    private MarkdownBashBlocks() {
    }

    /** The blocks between this heading line and the next {@code ## } heading; each block ends with a blank line. */
    static String ofSection(Path markdown, String heading) throws IOException {
        List<String> lines = Files.readAllLines(markdown);
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new AssertionError("no line \"" + heading + "\" in " + markdown);
        }
        StringBuilder script = new StringBuilder();
        boolean inBlock = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (inBlock) {
                inBlock = !line.equals(CLOSE);
                script.append(inBlock ? line : "").append('\n');
            } else if (line.startsWith(NEXT_SECTION)) {
                break;
            } else {
                inBlock = line.equals(OPEN);
            }
        }
        if (script.isEmpty()) {
            throw new AssertionError("no " + OPEN + " block under \"" + heading + "\" in " + markdown);
        }
        return script.toString();
    }
}
