package org.sitrep.store.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A tab-separated data file on the classpath; '#' lines are comments; errors name the file and line. */
final class DataFile {
    private DataFile() {}

    static List<String[]> rows(String resource, int columns) {
        InputStream in = DataFile.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("data file missing from the classpath: " + resource);
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length < columns)
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns + " tab-separated columns, found " + cols.length);
                out.add(cols);
            }
        } catch (IOException x) {
            throw new UncheckedIOException("cannot read " + resource, x);
        }
        return out;
    }
}
