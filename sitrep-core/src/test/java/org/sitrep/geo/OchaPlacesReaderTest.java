package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OchaPlacesReaderTest {
    @Test void everyAreaAndNeighbourhoodBecomesAnEntry() throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        long n = OchaPlacesReader.read(GeoFixture.ocha(), GeoFixture.admin(), entries::add, problems::add);
        assertEquals(14 + 62 + 272 + 414, n, problems.toString());
        assertTrue(problems.isEmpty(), problems.toString());
        GazetteerEntry hood = entries.stream().filter(e -> e.id().equals("ocha:N0164")).findFirst().orElseThrow();
        assertEquals("Ad-Dallain", hood.name());
        assertEquals("PPLX", hood.featureCode());
        assertEquals("Aleppo", hood.admin1());
        assertTrue(hood.alternateNames().contains("الدلالين"), "a quoted multi-line Arabic name: " + hood.alternateNames());
        GazetteerEntry raqqa = entries.stream().filter(e -> e.id().equals("ocha:SY11")).findFirst().orElseThrow();
        assertEquals("ADM1", raqqa.featureCode());
        assertTrue(raqqa.alternateNames().contains("الرقة"));
    }
}
