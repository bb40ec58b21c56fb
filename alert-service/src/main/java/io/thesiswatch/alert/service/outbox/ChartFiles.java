package io.thesiswatch.alert.service.outbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * The charts of a batch of emails as files while the batch is sent. The mailer reads a file attachment in chunks
 * but a byte-array one a byte at a time, which made each email with a chart several milliseconds slower; the files
 * are deleted when the batch ends, so nothing accumulates on the container's small temporary disk.
 */
@ApplicationScoped
public class ChartFiles {

    private static final Logger LOG = Logger.getLogger(ChartFiles.class);

    /** The files of one batch; closing deletes them. */
    public static final class Written implements AutoCloseable {

        private final Map<UUID, File> files;

        private Written(Map<UUID, File> files) {
            this.files = files;
        }

        public Map<UUID, File> files() {
            return files;
        }

        @Override
        public void close() {
            files.values().forEach(file -> {
                if (!file.delete()) {
                    LOG.debugf("Chart file %s was already gone", file);
                }
            });
        }
    }

    /** Writes each chart to a file; a chart that cannot be written leaves its emails without one. */
    public Written write(Map<UUID, byte[]> charts) {
        Map<UUID, File> files = new HashMap<>();
        for (Map.Entry<UUID, byte[]> chart : charts.entrySet()) {
            try {
                Path file = Files.createTempFile("chart-" + chart.getKey() + "-", ".png");
                Files.write(file, chart.getValue());
                files.put(chart.getKey(), file.toFile());
            } catch (IOException e) {
                LOG.warnf("The chart of event %s could not be written; its emails go out without one: %s",
                        chart.getKey(), e);
            }
        }
        return new Written(files);
    }
}
