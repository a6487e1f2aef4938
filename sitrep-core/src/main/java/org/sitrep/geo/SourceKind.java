package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/** What kind of gazetteer file this is, judged by its first data line (names can be anything). */
public enum SourceKind {
    /** A theatre pack's places.tsv: a header starting "name&lt;TAB&gt;". */
    PACK_PLACES,
    /** GeoNames alternateNamesV2: 4 to 10 columns, the first two numbers. */
    ALTERNATE_NAMES,
    /** A GeoNames dump (19 columns). */
    GEONAMES;

    public static SourceKind of(Path file) throws IOException {
        try (BufferedReader r = TextFiles.open(file)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String first = line.replace("\uFEFF", "");
                if (first.startsWith("name\t")) return PACK_PLACES;
                String[] f = first.split("\t", -1);
                if (f.length >= 4 && f.length <= 10 && f[0].trim().matches("\\d+") && f[1].trim().matches("\\d+"))
                    return ALTERNATE_NAMES;
                return GEONAMES;
            }
        }
        return GEONAMES;
    }
}
