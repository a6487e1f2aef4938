package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.TestTheatre;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Fusion on events extracted by the real pipeline: the seed reports from ../shared plus reports we write of the same
 * happenings in other words, spellings and from other outlets, with a different toll.
 */
class RealReportsFusionTest {
    private static List<Event> extract(Document d) { return TestTheatre.pipeline().extract(d); }

    private static List<Event> events() {
        List<Event> all = new ArrayList<>();
        new CorpusReader(ReadOptions.defaults()).read(List.of(TestTheatre.shared().resolve("corpus/seeds.jsonl").toString()),
                d -> all.addAll(extract(d)), e -> fail(e.toString()));
        LocalDate day = LocalDate.of(2019, 1, 7);
        // our own wording of one happening the seeds report: a capture of Atarib, spelled as another outlet spells it
        all.addAll(extract(new Document("v1", "https://example.org/v1", "Enab Baladi", day, false, "",
                "On January 6, Hay'at Tahrir al-Sham fighters took control of the town of al-Atarib in western Aleppo.", "v1")));
        all.addAll(extract(new Document("v2", "https://example.org/v2", "SANA", day, false, "",
                "Tahrir al-Sham militants seized al-Atarib on January 5, killing 3 defenders, a military source said.", "v2")));
        return all;
    }

    @Test
    void reportsOfOneCaptureFromThreeOutletsBecomeOneEventWithEverySource() {
        List<Event> events = events();
        List<FusedEvent> fused = new Fusion().fuse(events);
        List<FusedEvent> atarib = fused.stream()
                .filter(f -> f.reports().stream().anyMatch(r -> r.place().mention() != null && r.place().mention().toLowerCase().contains("atarib")))
                .toList();
        assertEquals(1, atarib.size(), "one event for the capture of Atarib: " + atarib);
        FusedEvent f = atarib.get(0);
        assertEquals(SubEventType.NON_STATE_OVERTAKES_TERRITORY, f.subEventType());
        Set<String> docs = f.reports().stream().map(Event::docId).collect(Collectors.toSet());
        assertTrue(docs.containsAll(Set.of("003", "v1", "v2")), docs.toString());
        assertTrue(f.sources().containsAll(List.of("Enab Baladi", "SANA")), f.sources().toString());
        assertFalse(f.disagreements().isEmpty(), "the toll or the day differs between reports and must show");
    }

    @Test
    void noReportIsLostOrCountedTwice() {
        List<Event> events = events();
        List<FusedEvent> fused = new Fusion().fuse(events);
        List<String> reportIds = fused.stream().flatMap(f -> f.reports().stream()).map(Event::eventId).sorted().toList();
        assertEquals(events.stream().map(Event::eventId).sorted().toList(), reportIds);
        for (FusedEvent f : fused) {
            long docs = f.reports().stream().map(Event::docId).distinct().count();
            assertEquals(f.reports().size(), docs, "two reports of one document fused together: " + f);
        }
    }

    @Test
    void theOrderOfTheReportsDoesNotMatter() {
        List<Event> events = events();
        List<String> expected = new Fusion().fuse(events).stream().map(FusedEventJson::toLine).sorted().toList();
        for (int seed = 1; seed <= 3; seed++) {
            List<Event> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, new Fusion().fuse(shuffled).stream().map(FusedEventJson::toLine).sorted().toList());
        }
    }
}
