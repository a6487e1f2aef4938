package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.sitrep.store.Page;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ListingFormatsTest {
    private static ListedEvent event(String actor, Double lat) {
        return new ListedEvent("F0123456789abcdef", LocalDate.of(2019, 1, 7), "Battles", "Armed clash", actor, null, "Atarib, west",
                "Aleppo", "Syria", lat, lat == null ? null : 36.0, 1, 3, "reported", 2, 3, false, "A; B");
    }

    @Test
    void csvQuotesAndDefusesFormulas() {
        String csv = ListingFormats.csv(new Page<>(List.of(event("=HYPERLINK(\"x\")", 36.1)), null));
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].contains("\"'=HYPERLINK(\"\"x\"\")\""), lines[1]);
        assertTrue(lines[1].contains("\"Atarib, west\""));
        assertEquals("-1", ListingFormats.cell(-1), "numbers stay numbers");
    }

    @Test
    void streamedJsonIsTheSameAsTheTree() throws Exception {
        var page = new Page<>(List.of(event("X", 36.1), event("Y \"quoted\" <b>", null)), "abc");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals(ListingFormats.json(page), json.readTree(ListingFormats.bytes(page, false)));
        assertEquals(ListingFormats.geoJson(page), json.readTree(ListingFormats.bytes(page, true)));
    }

    @Test
    void geoJsonSkipsEventsWithoutCoordinatesAndSaysHowMany() {
        var fc = ListingFormats.geoJson(new Page<>(List.of(event("X", 36.1), event("Y", null)), "abc"));
        assertEquals(1, fc.path("features").size());
        assertEquals(1, fc.path("without_coordinates").asInt());
        assertEquals("abc", fc.path("next_cursor").asText());
        assertEquals(36.0, fc.path("features").get(0).path("geometry").path("coordinates").get(0).asDouble());
    }
}
