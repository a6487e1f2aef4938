package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The data lines of one of ingest's rule files: blank lines and "#" comments skipped, line numbers kept for errors. */
final class DataLines {
    record Line(String file, int number, String text) {
        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(file + ":" + number + ": " + problem);
        }
    }

    private DataLines() {}

    static List<Line> read(InputStream in, String file) {
        Objects.requireNonNull(in, () -> file + " not found");
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (!text.isBlank() && !text.startsWith("#")) lines.add(new Line(file, number, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return lines;
    }
}
