package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated lexicons shipped beside this package: '#' starts a comment line, blank lines skipped. */
final class LexiconFile {
    private LexiconFile() {}

    /** Rows of the resource, padded to at least {@code minColumns} columns (missing trailing ones are ""). */
    static List<String[]> rows(String resource, int minColumns) {
        try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("lexicon missing from the classpath: " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols[0].isBlank()) throw new IllegalStateException(resource + ":" + n + ": the first column is empty");
                String[] padded = new String[Math.max(minColumns, cols.length)];
                for (int i = 0; i < padded.length; i++) padded[i] = i < cols.length ? cols[i].trim() : "";
                out.add(padded);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
