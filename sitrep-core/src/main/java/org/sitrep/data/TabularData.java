package org.sitrep.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files the stages ship on the classpath (lexicons, code tables): '#' starts a comment
 * line, blank lines are skipped, cells are trimmed, and an error names the file and the line.
 */
public final class TabularData {
    private TabularData() {}

    /**
     * @param anchor          the class the resource name is relative to (or absolute, with a leading '/')
     * @param requiredColumns rows with fewer columns are an error
     */
    public static List<String[]> rows(Class<?> anchor, String resource, int requiredColumns) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("data file missing from the classpath: " + resource);
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length < requiredColumns || cols[0].isBlank())
                    throw new IllegalStateException(resource + ":" + n + ": expected " + requiredColumns + " tab-separated columns, found " + cols.length);
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].trim();
                out.add(cols);
            }
        } catch (IOException x) {
            throw new UncheckedIOException("cannot read " + resource, x);
        }
        return out;
    }
}
