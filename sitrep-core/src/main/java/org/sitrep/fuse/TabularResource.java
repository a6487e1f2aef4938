package org.sitrep.fuse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated data file shipped on the classpath; '#' starts a comment line; errors name file and line. */
final class TabularResource {
    private TabularResource() {}

    static List<String[]> rows(String resource, int minColumns) {
        InputStream in = TabularResource.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("data file missing from the classpath: " + resource);
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns)
                    throw new IllegalStateException(resource + ":" + n + ": expected " + minColumns + " tab-separated columns, found " + cols.length);
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].trim();
                out.add(cols);
            }
        } catch (IOException x) {
            throw new UncheckedIOException("cannot read " + resource, x);
        }
        return out;
    }
}
