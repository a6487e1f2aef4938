package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldEventTest {
    @TempDir
    Path dir;

    @Test
    void readsBothRealGoldFilesWithoutAProblem() throws Exception {
        for (String name : List.of("seeds", "re3d-conflict")) {
            List<String> errors = new ArrayList<>();
            List<GoldEvent> gold = GoldEvent.read(SharedFiles.gold(name), errors::add);
            assertEquals(List.of(), errors, name);
            assertTrue(gold.size() > 50, name);
            assertTrue(gold.stream().anyMatch(GoldEvent::negative), name);
            assertTrue(gold.stream().anyMatch(GoldEvent::optional), name);
            for (GoldEvent g : gold) {
                if (g.negative()) continue;
                assertFalse(g.dateUntil().isBefore(g.date()), g.id());
                assertFalse(g.subEventTypes().isEmpty(), g.id());
            }
        }
    }

    @Test
    void defaultsAreScorePys() {
        GoldEvent g = GoldEvent.fromJson(HandMade.object("{\"id\": \"x\", \"doc\": \"d\", \"location\": \"L\", \"event_type\": \"Battles\","
                + " \"sub_event_type\": \"Armed clash\", \"date\": \"2020-01-02\", \"date_until\": null, \"actor2\": \"A\"}"), "f:1");
        assertEquals(LocalDate.of(2020, 1, 2), g.dateUntil());
        assertEquals("reported", g.certainty());
        assertNull(g.actor1());
        assertEquals(List.of("A"), g.actor2());
        assertEquals(List.of("Armed clash"), g.subEventTypes());
        assertEquals(10, g.tolerance());
        assertFalse(g.optional());
        assertTrue(g.core());
        assertNull(GoldEvent.fromJson(HandMade.object("{\"id\": \"x\", \"doc\": \"d\", \"location\": \"L\", \"event_type\": \"Battles\","
                + " \"date\": \"2020-01-02\", \"certainty\": null}"), "f:1").certainty());
    }

    @Test
    void aBadLineIsNamedByFileAndLineAndTheRestIsRead() throws Exception {
        Path file = dir.resolve("gold.jsonl");
        Files.write(file, List.of(
                "{\"id\": \"a\", \"doc\": \"d\", \"location\": \"L\", \"event_type\": \"Battles\", \"sub_event_type\": [\"Armed clash\"], \"date\": \"2020-01-02\"}",
                "{\"id\": \"b\", \"doc\": \"d\", \"location\": \"L\", \"event_type\": \"Battles\", \"date\": \"2 January 2020\"}",
                "",
                "{\"id\": \"c\", \"doc\": \"d\", \"event_type\": \"Battles\", \"date\": \"2020-01-02\"}",
                "{\"id\": \"d\", \"doc\": \"d\", \"location\": \"L\", \"event_type\": \"Battles\", \"date\": \"2020-01-05\", \"date_until\": \"2020-01-02\"}",
                "[1, 2]",
                "{\"id\": \"e\", \"doc\": \"d\", \"location\": \"L\", \"event_type\": \"Battles\", \"date\": \"2020-01-02\", \"fatalities\": 2.5}",
                "{\"id\": \"f\", \"doc\": \"d\", \"location\": \"L\", \"event_type\": null, \"date\": \"2020-01-02\"}",
                "{\"id\": \"g\", \"doc\": \"d\", \"location\": \"L\", \"negative\": true, \"event_type\": null, \"date\": null}"), StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        List<GoldEvent> gold = GoldEvent.read(file, errors::add);
        assertEquals(List.of("a", "g"), gold.stream().map(GoldEvent::id).toList());
        assertEquals(List.of(
                file + ":2: date is not an ISO date: \"2 January 2020\"",
                file + ":4: missing location",
                file + ":5: date_until 2020-01-02 is before date 2020-01-05",
                file + ":6: not a JSON object",
                file + ":7: fatalities must be a whole number or null, not 2.5",
                file + ":8: an event needs an event_type"), errors);
    }

    @Test
    void fromJsonThrowsWithTheOrigin() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoldEvent.fromJson(HandMade.object("{\"doc\": \"d\"}"), "gold.jsonl:7"));
        assertEquals("gold.jsonl:7: missing id", e.getMessage());
    }
}
