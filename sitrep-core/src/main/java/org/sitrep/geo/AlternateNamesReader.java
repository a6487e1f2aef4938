package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams GeoNames' alternateNamesV2 table (alternateNameId, geonameid, isolanguage, name, isPreferred, isShort,
 * isColloquial, isHistoric, from, to). Rows that are not names (links, postcodes, airport codes, Wikidata ids) and
 * names in other scripts than Latin and Arabic are skipped silently; malformed rows are reported.
 */
public final class AlternateNamesReader {
    /** isolanguage values that hold codes or links, not names people write. */
    private static final Set<String> NOT_NAMES = Set.of("link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc",
            "phon", "piny", "tcid", "fr_1793");

    /** One alternate name of a GeoNames place. */
    public record AlternateName(long alternateNameId, long geonameId, String language, String name) {}

    private AlternateNamesReader() {}

    public static long read(Path file, Consumer<AlternateName> names, Consumer<ImportProblem> problems) throws IOException {
        long n = 0, line = 0;
        try (BufferedReader r = TextFiles.open(file)) {
            String row;
            while ((row = r.readLine()) != null) {
                line++;
                if (row.isBlank() || row.startsWith("#")) continue;
                String[] f = row.split("\t", -1);
                if (f.length < 4) {
                    problems.accept(new ImportProblem(file.toString(), line, "expected at least 4 tab-separated columns, found " + f.length));
                    continue;
                }
                long altId, gid;
                try {
                    altId = Long.parseLong(f[0].trim());
                    gid = Long.parseLong(f[1].trim());
                } catch (NumberFormatException e) {
                    problems.accept(new ImportProblem(file.toString(), line, "alternateNameId or geonameid is not a number"));
                    continue;
                }
                String lang = f[2].trim();
                String name = f[3].trim();
                if (name.isEmpty() || NOT_NAMES.contains(lang) || !TextFiles.isLatinOrArabic(name)) continue;
                names.accept(new AlternateName(altId, gid, lang, name));
                n++;
            }
        }
        return n;
    }
}
