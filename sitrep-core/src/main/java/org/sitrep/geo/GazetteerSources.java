package org.sitrep.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a gazetteer index is built from. Any list may be empty and ochaDir may be null.
 *
 * @param geonames       GeoNames dump files (19 columns: a country file, allCountries, cities500...)
 * @param alternateNames GeoNames alternateNamesV2 files
 * @param ochaDir        OCHA Syria admin boundaries (syr_admin1..3.geojson and attribute CSVs)
 * @param packPlaces     theatre packs' places.tsv files
 */
public record GazetteerSources(List<Path> geonames, List<Path> alternateNames, Path ochaDir, List<Path> packPlaces) {
    public GazetteerSources {
        geonames = geonames == null ? List.of() : List.copyOf(geonames);
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
        packPlaces = packPlaces == null ? List.of() : List.copyOf(packPlaces);
    }

    /**
     * The default sources: every GeoNames dump {@code sharedDir/data/geonames/*.txt} (files whose name starts with
     * "alternateNames" are read as alternate names), {@code sharedDir/data/ocha-syria-admin} and
     * {@code packDir/places.tsv}; missing ones are left out. Either directory may be null.
     */
    public static GazetteerSources defaults(Path sharedDir, Path packDir) {
        List<Path> dumps = new ArrayList<>();
        List<Path> alternates = new ArrayList<>();
        Path ocha = null;
        if (sharedDir != null) {
            Path geonames = sharedDir.resolve("data/geonames");
            if (Files.isDirectory(geonames)) {
                try (Stream<Path> files = Files.list(geonames)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(p -> {
                        String n = p.getFileName().toString();
                        if (n.startsWith("alternateNames")) alternates.add(p);
                        else if (!n.equalsIgnoreCase("readme.txt")) dumps.add(p);
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Path o = sharedDir.resolve("data/ocha-syria-admin");
            if (Files.isDirectory(o)) ocha = o;
        }
        List<Path> packs = new ArrayList<>();
        if (packDir != null && Files.isRegularFile(packDir.resolve("places.tsv"))) packs.add(packDir.resolve("places.tsv"));
        return new GazetteerSources(dumps, alternates, ocha, packs);
    }
}
