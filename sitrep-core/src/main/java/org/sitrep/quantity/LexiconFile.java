package org.sitrep.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated word list shipped as a class-path resource: one row a line, '#' starts a comment line,
 * the last column of every row is its source (provenance). Used by the time and quantity recognisers so
 * that their vocabulary stays data, not Java.
 */
public final class LexiconFile {
    /** One data row: its columns (source included, last) and where it was read from, for error messages. */
    public record Row(List<String> columns, String origin) {
        public String get(int i) { return columns.get(i); }

        /** A clear error naming the file and line. */
        public IllegalStateException error(String problem) {
            return new IllegalStateException(origin + ": " + problem);
        }
    }

    private LexiconFile() {}

    /**
     * Reads {@code resource} (relative to {@code anchor}'s package) and checks every row has exactly
     * {@code columns} columns, the last being a non-empty source.
     */
    public static List<Row> read(Class<?> anchor, String resource, int columns) {
        String name = anchor.getPackageName().replace('.', '/') + "/" + resource;
        List<Row> rows = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(name + ": resource not found on the class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                String origin = name + ":" + n;
                String[] cells = line.split("\t", -1);
                if (cells.length != columns)
                    throw new IllegalStateException(origin + ": expected " + columns + " tab-separated columns, found " + cells.length);
                List<String> cols = new ArrayList<>(columns);
                for (String c : cells) cols.add(c.strip());
                if (cols.get(columns - 1).isEmpty()) throw new IllegalStateException(origin + ": the last column (source) is empty");
                if (cols.get(0).isEmpty()) throw new IllegalStateException(origin + ": the first column is empty");
                rows.add(new Row(List.copyOf(cols), origin));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) throw new IllegalStateException(name + ": no rows");
        return List.copyOf(rows);
    }

    /** A regex alternation of the given phrases, longest first, spaces matching any run of white space. */
    public static String alternation(java.util.Collection<String> phrases) {
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(phrases));
        sorted.sort((a, b) -> b.length() != a.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) sb.append('|');
            String[] parts = sorted.get(i).split(" +");
            for (int j = 0; j < parts.length; j++) {
                if (j > 0) sb.append("\\s+");
                sb.append(java.util.regex.Pattern.quote(parts[j]));
            }
        }
        return sb.append(')').toString();
    }
}
