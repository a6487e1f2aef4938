package org.sitrep.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PlaceSearchTest {
    @Test
    void foldsCaseDiacriticsAndArabicLetterForms() {
        assertEquals("halab", PlaceSearch.fold("Ḥalab"));
        assertEquals(PlaceSearch.fold("اعزاز"), PlaceSearch.fold("أعزاز"));
        assertEquals(PlaceSearch.fold("حماه"), PlaceSearch.fold("حماة"));
        assertEquals("deir ez-zor", PlaceSearch.fold("  Deir   ez-Zor "));
    }

    @Test
    void findsOchaAreasByEnglishAndArabicName() {
        try (PlaceSearch s = new PlaceSearch(SeedServer.server().store(),
                org.sitrep.geo.AdminAreas.load(SeedServer.shared().resolve("data/ocha-syria-admin")), null)) {
            assertTrue(s.search("Idleb", 10).stream().anyMatch(h -> h.name().equals("Idleb") && h.latitude() != null));
            assertTrue(s.search("إدلب", 10).stream().anyMatch(h -> h.name().equals("Idleb")), "Arabic: " + s.search("إدلب", 10));
            assertTrue(s.search("zzqqxx", 10).isEmpty());
            assertEquals(3, s.search("a", 3).size(), "bounded by the limit");
        }
    }
}
