package org.sitrep.server;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The base map from the real shared boundaries: every governorate, the districts, the neighbours, and small. */
class BasemapBuilderTest {
    @Test
    void buildsASmallMapOfSyriaAndItsNeighbours() throws Exception {
        var fc = BasemapBuilder.build(SeedServer.shared().resolve("data"));
        Map<String, Integer> layers = new HashMap<>();
        fc.path("features").forEach(f -> layers.merge(f.path("properties").path("layer").asText(), 1, Integer::sum));
        assertEquals(14, layers.get("governorate"), "Syria has 14 governorates");
        assertTrue(layers.get("district") >= 60, "districts: " + layers);
        assertTrue(layers.get("country") >= 5, "neighbours: " + layers);
        assertTrue(fc.toString().length() < 400_000, "compact: " + fc.toString().length());
        boolean arabic = false;
        for (var f : fc.path("features")) if (f.path("properties").path("name_ar").asText().equals("حلب")) arabic = true;
        assertTrue(arabic, "Arabic names kept");
    }
}
