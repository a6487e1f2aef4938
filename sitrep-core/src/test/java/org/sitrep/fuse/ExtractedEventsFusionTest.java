package org.sitrep.fuse;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Fusion over the extractor's real output: -Dsitrep.extracted=FILE_OR_DIR (EVENTS.md JSON Lines, e.g. what
 * `sitrep extract --format jsonl` writes for ../shared/corpus). Without it the test is reported as skipped,
 * with this reason, never passed silently.
 */
class ExtractedEventsFusionTest {
    @Test
    void extractedEventsFuseWithoutLossAndInAnyOrder() throws IOException {
        String where = System.getProperty("sitrep.extracted");
        Assumptions.assumeTrue(where != null && !where.isBlank(),
                "set -Dsitrep.extracted=FILE_OR_DIR to fuse the extractor's JSONL output");
        List<Path> files;
        Path p = Path.of(where);
        try (Stream<Path> s = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
            files = s.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
        List<Event> events = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                try { events.add(EventJson.fromLine(lines.get(i))); }
                catch (RuntimeException x) { bad.add(f + ":" + (i + 1) + ": " + x.getMessage()); }
            }
        }
        assertFalse(events.isEmpty(), "no events in " + files);
        Fusion fusion = new Fusion();
        List<FusedEvent> fused = fusion.fuse(events);
        List<String> covered = fused.stream().flatMap(f -> f.reportIds().stream()).sorted().toList();
        assertEquals(events.stream().map(Event::eventId).distinct().sorted().toList(), covered, "every report in exactly one fused event");
        for (FusedEvent f : fused)
            assertEquals(f.reports().size(), f.reports().stream().map(Event::docId).distinct().count(), "one document, one report per event");
        List<String> expected = fused.stream().map(FusedEventJson::toLine).toList();
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(11));
        assertEquals(expected, fusion.fuse(shuffled).stream().map(FusedEventJson::toLine).toList());
        System.out.printf("extracted events: %d reports from %d files (%d unreadable lines) -> %d fused events, %d with several reports%n",
                events.size(), files.size(), bad.size(), fused.size(), fused.stream().filter(f -> f.reports().size() > 1).count());
        bad.forEach(b -> System.out.println("  unreadable: " + b));
    }
}
