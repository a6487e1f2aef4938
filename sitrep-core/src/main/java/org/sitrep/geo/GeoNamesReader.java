package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams a GeoNames dump (the 19-column "geoname" table: a country file, allCountries, cities500; plain or zipped)
 * one row at a time, so a 2 GB file needs no more memory than a small one. A bad row is reported with its line and
 * skipped.
 */
public final class GeoNamesReader {
    private GeoNamesReader() {}

    /** Reads every row; returns the number of entries delivered. */
    public static long read(Path file, Consumer<GazetteerEntry> entries, Consumer<ImportProblem> problems) throws IOException {
        long n = 0, line = 0;
        try (BufferedReader r = TextFiles.open(file)) {
            String row;
            while ((row = r.readLine()) != null) {
                line++;
                if (row.isBlank() || row.startsWith("#")) continue;
                try {
                    entries.accept(parse(row));
                    n++;
                } catch (IllegalArgumentException e) {
                    problems.accept(new ImportProblem(file.toString(), line, e.getMessage()));
                }
            }
        }
        return n;
    }

    /** One dump row as an entry; admin names are left for the importer to fill from the boundaries. */
    static GazetteerEntry parse(String row) {
        String[] f = row.split("\t", -1);
        if (f.length != 19) throw new IllegalArgumentException("expected 19 tab-separated columns, found " + f.length);
        String id = f[0].trim();
        if (!id.matches("\\d+")) throw new IllegalArgumentException("geonameid is not a number: '" + id + "'");
        String name = f[1].trim();
        if (name.isEmpty()) throw new IllegalArgumentException("empty name");
        double lat = Coordinates.latitude(f[4]);
        double lon = Coordinates.longitude(f[5]);
        long population;
        try {
            population = f[14].isBlank() ? 0 : Long.parseLong(f[14].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("population is not a number: '" + f[14] + "'");
        }
        Set<String> alts = new LinkedHashSet<>();
        if (!f[2].isBlank() && !f[2].equals(name)) alts.add(f[2].trim());
        for (String a : f[3].split(",")) {
            String s = a.trim();
            if (!s.isEmpty() && !s.equals(name) && TextFiles.isLatinOrArabic(s)) alts.add(s);
        }
        return new GazetteerEntry("geonames:" + id, name, new ArrayList<>(alts), lat, lon, f[7].trim(),
                f[8].trim(), null, null, population, "GeoNames " + id);
    }
}
