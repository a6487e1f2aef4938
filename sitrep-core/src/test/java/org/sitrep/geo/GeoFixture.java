package org.sitrep.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real data under ../shared and one gazetteer built from it for all test classes of a run. */
final class GeoFixture {
    private static Gazetteer gazetteer;
    private static AdminAreas admin;
    static final List<ImportProblem> BUILD_PROBLEMS = new ArrayList<>();

    private GeoFixture() {}

    static Path shared() {
        String p = System.getProperty("sitrep.shared");
        Path dir = p != null ? Path.of(p) : Path.of("").toAbsolutePath().getParent().resolve("../shared");
        return dir.normalize();
    }

    static Path ocha() { return shared().resolve("data/ocha-syria-admin"); }

    static Path cities500() { return shared().resolve("data/geonames/cities500_SY_IQ_LB_JO_TR.txt"); }

    static Path testPack() { return Path.of("src/test/resources/org/sitrep/geo/places.tsv").toAbsolutePath(); }

    static GazetteerSources sources() {
        return new GazetteerSources(List.of(cities500()), List.of(), ocha(), List.of(testPack()));
    }

    static synchronized AdminAreas admin() {
        if (admin == null) admin = AdminAreas.load(ocha());
        return admin;
    }

    /** Built once into target/test-gazetteer (rebuilt only when the sources or key rules change). */
    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            try {
                Path dir = Path.of("target/test-gazetteer");
                Files.createDirectories(dir.getParent());
                gazetteer = Gazetteer.openOrBuild(dir, sources(), BUILD_PROBLEMS::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return gazetteer;
    }

    static Geocoder geocoder() { return new Geocoder(gazetteer(), admin(), "SY"); }
}
