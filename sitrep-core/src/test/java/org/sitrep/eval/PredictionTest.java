package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.Certainty;
import org.sitrep.model.DateRange;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PredictionTest {
    @TempDir
    Path dir;

    @Test
    void anExtractedEventReadsAsItsJsonRecord() {
        Event e = new Event("e-1", "d7", new DateRange(LocalDate.of(2020, 3, 8), LocalDate.of(2020, 3, 14), 2),
                SubEventType.SHELLING, new Actor("Syrian Arab Army", "State forces", "Syria"), null, List.of(), List.of("Civilians (Syria)"),
                new Place("Tall Rifat", "Tell Rifaat", 36.47, 37.1, "Aleppo", null, "Syria", 1, "g1"), 3, Certainty.CLAIMED,
                "SOHR", "made up", new Evidence("A made-up sentence.", 0, 19, Map.of()), "test", null);
        Prediction p = Prediction.of(e);
        assertEquals("d7", p.doc());
        assertEquals(LocalDate.of(2020, 3, 11), p.eventDate());
        assertEquals("Explosions/Remote violence", p.text("event_type"));
        assertEquals("Tell Rifaat", p.text("location_mention"));
        assertArrayEquals(new double[]{36.47, 37.1}, p.coordinates());
        assertEquals(BigInteger.valueOf(3), p.fatalities());
        assertEquals("claimed", p.text("certainty"));
        assertEquals(List.of("Civilians (Syria)"), p.texts("assoc_actor_2"));
        assertNull(p.text("actor2"));
        assertEquals("A made-up sentence.", p.evidence());
        assertEquals("e-1", p.origin());
    }

    @Test
    void aMissingDocIsPythonsNoneAndNonObjectsAreNamed() throws Exception {
        Path file = dir.resolve("p.jsonl");
        Files.writeString(file, "{\"event_id\": \"x\"}\n\"just text\"\n{\"doc_id\": 12}\n");
        List<String> errors = new ArrayList<>();
        List<Prediction> ps = Prediction.read(file, errors::add);
        assertEquals(List.of("None", "12"), ps.stream().map(Prediction::doc).toList());
        assertEquals(List.of(file + ":2: not a JSON object"), errors);
        assertEquals(file + ":3", ps.get(1).origin());
        assertNull(ps.get(0).coordinates());
        assertEquals("", ps.get(0).evidence());
    }
}
