package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a theatre pack's {@code places.tsv}: a header line naming the columns
 * {@code name alternate_names feature_code latitude longitude country_code admin1 source note} (any order; note and
 * admin1 optional), '#' comment lines, alternate names separated by '|'. Every row needs a source for its
 * coordinates. The id is "pack:&lt;pack dir&gt;:&lt;name key&gt;-&lt;feature code&gt;", stable while the name and
 * feature stay.
 */
public final class PackPlacesReader {
    private static final List<String> REQUIRED = List.of("name", "feature_code", "latitude", "longitude", "source");

    private PackPlacesReader() {}

    public static long read(Path file, Consumer<GazetteerEntry> entries, Consumer<ImportProblem> problems) throws IOException {
        String pack = file.toAbsolutePath().getParent() == null ? "pack"
                : file.toAbsolutePath().getParent().getFileName().toString().toLowerCase(Locale.ROOT);
        NameKey keys = NameKey.standard();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> col = null;
        long n = 0, line = 0;
        try (BufferedReader r = TextFiles.open(file)) {
            String row;
            while ((row = r.readLine()) != null) {
                line++;
                if (row.isBlank() || row.startsWith("#")) continue;
                String[] f = row.split("\t", -1);
                if (col == null) {
                    Map<String, Integer> header = new HashMap<>();
                    for (int i = 0; i < f.length; i++) header.put(f[i].trim().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').trim(), i);
                    List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
                    if (!missing.isEmpty())
                        throw new IOException(file + ":" + line + ": header lacks column(s) " + missing + "; expected "
                                + "name, alternate_names, feature_code, latitude, longitude, country_code, admin1, source, note");
                    col = header;
                    continue;
                }
                try {
                    String name = field(f, col, "name");
                    if (name.isEmpty()) throw new IllegalArgumentException("empty name");
                    String source = field(f, col, "source");
                    if (source.isEmpty()) throw new IllegalArgumentException("no source for the coordinates of '" + name + "'");
                    double lat = Coordinates.latitude(field(f, col, "latitude"));
                    double lon = Coordinates.longitude(field(f, col, "longitude"));
                    String feature = field(f, col, "feature_code").toUpperCase(Locale.ROOT);
                    if (feature.isEmpty()) throw new IllegalArgumentException("empty feature_code");
                    List<String> alts = new ArrayList<>();
                    for (String a : field(f, col, "alternate_names").split("\\|")) if (!a.isBlank()) alts.add(a.trim());
                    String cc = field(f, col, "country_code").toUpperCase(Locale.ROOT);
                    String admin1 = field(f, col, "admin1");
                    String base = "pack:" + pack + ":" + keys.key(name) + "-" + feature.toLowerCase(Locale.ROOT);
                    int dup = seen.merge(base, 1, Integer::sum);
                    String id = dup == 1 ? base : base + "-" + dup;
                    entries.accept(new GazetteerEntry(id, name, alts, lat, lon, feature, cc,
                            admin1.isEmpty() ? null : admin1, null, 0, source));
                    n++;
                } catch (IllegalArgumentException e) {
                    problems.accept(new ImportProblem(file.toString(), line, e.getMessage()));
                }
            }
        }
        return n;
    }

    private static String field(String[] f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= f.length ? "" : f[i].trim();
    }
}
