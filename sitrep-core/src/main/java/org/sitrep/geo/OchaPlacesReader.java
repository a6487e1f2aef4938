package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Gazetteer entries from the OCHA boundaries: every governorate, district and sub-district at its representative
 * point (feature ADM1/ADM2/ADM3), and the city neighbourhoods of {@code city_neighbourhoods_attributes.csv} at their
 * points (feature PPLX). Ids are "ocha:&lt;pcode&gt;".
 */
public final class OchaPlacesReader {
    private OchaPlacesReader() {}

    public static long read(Path ochaDir, AdminAreas areas, Consumer<GazetteerEntry> entries, Consumer<ImportProblem> problems)
            throws IOException {
        long n = 0;
        for (AdminArea a : areas.areas()) {
            List<String> alts = new ArrayList<>(a.alternateNames());
            if (a.nameAr() != null) alts.add(a.nameAr());
            entries.accept(new GazetteerEntry("ocha:" + a.pcode(), a.name(), alts, a.latitude(), a.longitude(),
                    a.featureCode(), "SY", a.admin1(), a.admin2(), 0, "OCHA COD-AB Syria " + a.pcode()));
            n++;
        }
        Path hoods = ochaDir.resolve("city_neighbourhoods_attributes.csv");
        if (!Files.isRegularFile(hoods)) return n;
        try (BufferedReader r = Files.newBufferedReader(hoods)) {
            CsvReader csv = new CsvReader(r);
            List<String> header = csv.next();
            if (header == null) return n;
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.size(); i++) col.put(header.get(i).replace("\uFEFF", "").trim(), i);
            List<String> row;
            while ((row = csv.next()) != null) {
                if (row.size() == 1 && row.get(0).isBlank()) continue;
                try {
                    if (row.size() != header.size())
                        throw new IllegalArgumentException("expected " + header.size() + " columns, found " + row.size());
                    String name = get(row, col, "NAME_EN");
                    if (name == null) throw new IllegalArgumentException("empty NAME_EN");
                    Set<String> alts = new LinkedHashSet<>();
                    for (String c : new String[] {"NAM_EN_REF", "NAME_AR", "NAM_AR_REF"}) {
                        String v = get(row, col, c);
                        if (v != null) for (String line : v.split("\\R")) if (!line.isBlank() && !line.trim().equals(name)) alts.add(line.trim());
                    }
                    double lat = Coordinates.latitude(String.valueOf(get(row, col, "LATITUDE")));
                    double lon = Coordinates.longitude(String.valueOf(get(row, col, "LONGITUDE")));
                    String pcode = get(row, col, "PCODE");
                    entries.accept(new GazetteerEntry("ocha:" + pcode, name, new ArrayList<>(alts), lat, lon, "PPLX", "SY",
                            get(row, col, "ADM1_EN"), get(row, col, "ADM2_EN"), 0,
                            "OCHA COD-AB Syria city neighbourhoods " + pcode));
                    n++;
                } catch (IllegalArgumentException e) {
                    problems.accept(new ImportProblem(hoods.toString(), csv.recordLine(), e.getMessage()));
                }
            }
        }
        return n;
    }

    private static String get(List<String> row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null || i >= row.size()) return null;
        String v = row.get(i).trim();
        return v.isEmpty() || v.equalsIgnoreCase("<Null>") ? null : v;
    }
}
