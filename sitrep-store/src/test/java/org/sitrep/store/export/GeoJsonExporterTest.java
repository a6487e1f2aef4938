package org.sitrep.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class GeoJsonExporterTest {
    @TempDir
    Path dir;

    @Test
    void aFeatureCollectionOfValidPointsAndACountOfThoseWithoutCoordinates() throws Exception {
        Path out = dir.resolve("events.geojson");
        int written;
        try (EventExporter x = EventExporter.open(ExportFormat.GEOJSON, out)) {
            for (Event e : ExportSamples.events()) x.write(e);
            written = x.written();
            assertEquals(1, x.omitted());
        }
        JsonNode fc = new ObjectMapper().readTree(out.toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(3, written);
        assertEquals(3, fc.get("features").size());
        assertEquals(1, fc.get("omitted_without_coordinates").asInt());
        for (JsonNode f : fc.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            assertEquals("Point", f.at("/geometry/type").asText());
            JsonNode c = f.at("/geometry/coordinates");
            assertEquals(2, c.size());
            assertTrue(c.get(0).isNumber() && c.get(1).isNumber());
            assertTrue(Math.abs(c.get(0).asDouble()) <= 180 && Math.abs(c.get(1).asDouble()) <= 90);
            assertEquals(c.get(0).asDouble(), f.at("/properties/longitude").asDouble(), "[longitude, latitude] order");
            assertTrue(f.get("properties").isObject());
        }
        JsonNode attack = fc.get("features").get(2).get("properties");
        assertEquals("x4", attack.get("event_id_cnty").asText());
        assertEquals(0, attack.get("fatalities").asInt());
        assertTrue(attack.get("fatalities_known").asBoolean());
        assertEquals(Set.of("x1", "x2", "x4"), Set.of(fc.at("/features/0/properties/event_id_cnty").asText(),
                fc.at("/features/1/properties/event_id_cnty").asText(), fc.at("/features/2/properties/event_id_cnty").asText()));
    }
}
