package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PackPlacesReaderTest {
    @Test void theTestPackReadsWithStableIds() throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        assertEquals(4, PackPlacesReader.read(GeoFixture.testPack(), entries::add, problems::add));
        assertTrue(problems.isEmpty(), problems.toString());
        GazetteerEntry kafr = entries.get(0);
        assertEquals("pack:geo:kafrnaha-ppl", kafr.id());
        assertEquals(List.of("Kafrnaha", "كفرناها"), kafr.alternateNames());
        assertEquals("SY", kafr.countryCode());
    }

    /** The curated theatre pack, when this checkout has it: every row must load, with a source and a unique id. */
    @Test void theTheatrePackLoadsWithoutProblems() throws IOException {
        String packs = System.getProperty("sitrep.packs");
        Path file = packs == null ? null : Path.of(packs, "syria", "places.tsv");
        assumeTrue(file != null && Files.isRegularFile(file), "no packs/syria/places.tsv in this checkout");
        List<GazetteerEntry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        PackPlacesReader.read(file, entries::add, problems::add);
        assertTrue(problems.isEmpty(), problems.toString());
        Set<String> ids = new HashSet<>();
        for (GazetteerEntry e : entries) assertTrue(ids.add(e.id()), "duplicate id " + e.id());
        AdminAreas admin = GeoFixture.admin();
        for (GazetteerEntry e : entries)
            if (e.countryCode().equals("SY") && e.admin1() != null)
                assertEquals(admin.governorate(e.admin1()).map(AdminArea::admin1).orElse(e.admin1()),
                        admin.locate(e.latitude(), e.longitude()).map(AdminArea::admin1).orElse("outside Syria"),
                        e.name() + " (" + e.latitude() + ", " + e.longitude() + "): admin1 column vs point-in-polygon");
    }
}
