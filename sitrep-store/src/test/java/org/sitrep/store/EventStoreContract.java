package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.fuse.*;
import org.sitrep.model.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.*;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The behaviour every store must have; run against DuckDB and PostgreSQL by the subclasses. */
abstract class EventStoreContract {
    /** A target ({@link EventStore#open}) for a new, empty store, separate from every other. */
    abstract String freshTarget() throws Exception;

    EventStore store;

    @BeforeEach
    void open() throws Exception { store = EventStore.open(freshTarget(), FusionScenario.REGISTRY); }

    @AfterEach
    void close() { if (store != null) store.close(); }

    static Document doc(String id, String source) {
        return new Document(id, "https://example.org/" + id, source, LocalDate.of(2019, 1, 8), false, "Invented headline " + id,
                "Invented report " + id + " written for the store tests.", "test:" + id);
    }

    private void ingestScenario(EventStore s, List<Event> reports) {
        Map<String, List<Event>> byDoc = new TreeMap<>();
        for (Event e : reports) byDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e);
        for (Map.Entry<String, List<Event>> en : byDoc.entrySet())
            s.ingest(doc(en.getKey(), en.getValue().get(0).source()), en.getValue());
    }

    private static List<String> fusedLines(EventStore s) {
        List<String> out = new ArrayList<>();
        s.forEachFused(EventQuery.all().withLimit(3), f -> out.add(FusedEventJson.toLine(f)));
        return out;
    }

    @Test
    void ingestingTheSameDocumentTwiceChangesNothing() {
        Document d = doc("d1", "Wire Agency");
        List<Event> events = List.of(Report.of("e1").doc("d1").source("Wire Agency").build());
        IngestResult first = store.ingest(d, events);
        assertTrue(first.added());
        assertTrue(store.hasDocument(ContentHash.of(d)));
        StoreCounts before = store.counts();
        List<String> fusedBefore = fusedLines(store);
        IngestResult again = store.ingest(d, events);
        assertFalse(again.added());
        // the same text under another id and file is the same article
        Document copy = new Document("other-id", null, "Wire Agency", null, false, "", d.text(), "elsewhere.jsonl:9");
        assertFalse(store.ingest(copy, List.of(Report.of("e1-copy").doc("other-id").build())).added());
        assertEquals(before, store.counts());
        assertEquals(new StoreCounts(1, 1, 1), before);
        assertEquals(fusedBefore, fusedLines(store));
    }

    @Test
    void reportsFromSeveralDocumentsBecomeOneEventWithEverySourceAndTheDisagreement() {
        ingestScenario(store, FusionScenario.reports());
        FusedEvent cap = store.fusedEventOf("cap-1").orElseThrow();
        assertEquals(List.of("cap-1", "cap-2", "cap-3", "cap-4"), cap.reportIds());
        assertEquals(List.of("Casualty Monitor", "Government Daily", "Opposition Network", "Wire Agency"), cap.sources());
        assertEquals(7, cap.fatalities());
        String deaths = cap.disagreements().stream().filter(x -> x.field().equals("fatalities")).findFirst().orElseThrow().describe();
        assertTrue(deaths.contains("7 (claimed by HTS's media wing, Opposition Network)"), deaths);
        assertTrue(deaths.contains("3 (disputed by pro-government sources, Government Daily)"), deaths);
        assertTrue(cap.corroboration().acrossCamps());
        assertEquals(cap, store.fusedEvent(cap.fusedId()).orElseThrow());
        assertEquals(new StoreCounts(FusionScenario.documents(), FusionScenario.reports().size(), 6), store.counts());
        assertEquals(List.of(), ((JdbcEventStore) store).integrityProblems());
    }

    @Test
    void theStoreHoldsWhatAFullFusionRunGivesWhateverTheIngestOrder() throws Exception {
        List<String> expected = new Fusion(FusionScenario.REGISTRY).fuse(FusionScenario.reports()).stream()
                .map(FusedEventJson::toLine).sorted().toList();
        ingestScenario(store, FusionScenario.reports());
        assertEquals(expected, fusedLines(store).stream().sorted().toList());
        assertEquals(List.of(), ((JdbcEventStore) store).integrityProblems());
        for (int seed = 1; seed <= 2; seed++) {
            List<Event> shuffled = new ArrayList<>(FusionScenario.reports());
            Collections.shuffle(shuffled, new Random(seed));
            Map<String, List<Event>> byDoc = new LinkedHashMap<>();
            for (Event e : shuffled) byDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e);
            try (EventStore other = EventStore.open(freshTarget(), FusionScenario.REGISTRY)) {
                for (Map.Entry<String, List<Event>> en : byDoc.entrySet())
                    other.ingest(doc(en.getKey(), en.getValue().get(0).source()), en.getValue());
                assertEquals(expected, fusedLines(other).stream().sorted().toList(), "ingest order seed " + seed);
                assertEquals(List.of(), ((JdbcEventStore) other).integrityProblems());
            }
        }
    }

    @Test
    void rebuildingEverythingGivesWhatIngestBuiltAndPicksUpANewRegistry() throws Exception {
        String target = freshTarget();
        try (EventStore unknown = EventStore.open(target)) {
            ingestScenario(unknown, FusionScenario.reports());
            assertFalse(unknown.fusedEventOf("cap-1").orElseThrow().corroboration().acrossCamps(), "no registry, no camps");
        }
        try (EventStore known = EventStore.open(target, FusionScenario.REGISTRY)) {
            List<String> before = fusedLines(known);
            assertEquals(6, known.refuseAll());
            assertTrue(known.fusedEventOf("cap-1").orElseThrow().corroboration().acrossCamps());
            assertNotEquals(before, fusedLines(known));
            assertEquals(List.of(), ((JdbcEventStore) known).integrityProblems());
        }
        ingestScenario(store, FusionScenario.reports());
        List<String> incremental = fusedLines(store);
        store.refuseAll();
        assertEquals(incremental, fusedLines(store), "a full rebuild equals what ingest built");
    }

    @Test
    void aBadDocumentIsRefusedWholeAndTheBatchGoesOn() {
        store.ingest(doc("ok-1", "Wire Agency"), List.of(Report.of("a").doc("ok-1").build()));
        StoreCounts before = store.counts();
        List<Event> twice = List.of(Report.of("b").doc("bad").build(), Report.of("b").doc("bad").build());
        StoreException x = assertThrows(StoreException.class, () -> store.ingest(doc("bad", "X"), twice));
        assertTrue(x.getMessage().contains("test:bad") && x.getMessage().contains("twice"), x.getMessage());
        // an event id already stored for another document
        StoreException y = assertThrows(StoreException.class, () -> store.ingest(doc("bad2", "X"), List.of(Report.of("a").doc("bad2").build())));
        assertTrue(y.getMessage().contains("already stored"), y.getMessage());
        assertEquals(before, store.counts());
        assertFalse(store.hasDocument(ContentHash.of(doc("bad", "X"))));
        assertTrue(store.ingest(doc("ok-2", "Wire Agency"), List.of(Report.of("c").doc("ok-2").on("2019-03-01").build())).added());
        assertEquals(2, store.counts().documents());
    }

    @Test
    void filters() {
        ingestScenario(store, FusionScenario.reports());
        EventQuery all = EventQuery.all();
        assertEquals(6, store.fusedEvents(all).items().size());
        assertEquals(FusionScenario.reports().size(), store.reports(all).items().size());
        assertEquals(Set.of("cap-1", "strike-1", "far-1"), reportIds(store.fusedEvents(all.withDates(LocalDate.of(2019, 1, 7), LocalDate.of(2019, 1, 7)))));
        assertEquals(Set.of("far-1"), reportIds(store.fusedEvents(all.withBbox(new BoundingBox(40, 34, 41, 35)))));
        assertEquals(Set.of("far-1"), reportIds(store.fusedEvents(all.withActor("Islamic State"))));
        assertEquals(Set.of("strike-1", "shell-0", "shell-2"), reportIds(store.fusedEvents(all.withEventType(EventType.EXPLOSIONS))));
        assertEquals(Set.of("cap-1"), reportIds(store.fusedEvents(all.withSubEventType(SubEventType.NON_STATE_OVERTAKES_TERRITORY))));
        assertEquals(Set.of("cap-1", "shell-0"), reportIds(store.fusedEvents(all.withSource("Opposition Network"))));
        assertEquals(Set.of("cap-1", "shell-0"), reportIds(store.fusedEvents(all.withIndependentOnly(true))));
        assertEquals(Set.of("shell-0", "shell-2"), reportIds(store.fusedEvents(all.withText("DEIR hawa"))));
        assertEquals(Set.of("cap-3"), store.reports(all.withText("tal nabeer")).items().stream().map(Event::eventId).collect(Collectors.toSet()));
        assertEquals(Set.of("cap-4"), store.reports(all.withMinPrecision(1).withText("al-tal")).items().stream().map(Event::eventId).collect(Collectors.toSet()));
        Set<String> precise = store.reports(all.withMinPrecision(1)).items().stream().map(Event::eventId).collect(Collectors.toSet());
        assertEquals(FusionScenario.reports().size(), precise.size());
        assertTrue(store.fusedEvents(all.withActor("Islamic")).items().isEmpty(), "actor names match exactly");
        assertTrue(store.fusedEvents(all.withSource("100%_")).items().isEmpty());
    }

    private static Set<String> reportIds(Page<FusedEvent> p) {
        return p.items().stream().map(f -> f.reportIds().get(0)).collect(Collectors.toSet());
    }

    @Test
    void pagesCoverEverythingOnceInAStableOrder() {
        ingestScenario(store, FusionScenario.reports());
        for (int size = 1; size <= 4; size++) {
            List<String> seen = new ArrayList<>();
            EventQuery q = EventQuery.all().withLimit(size);
            int pages = 0;
            while (true) {
                Page<Event> p = store.reports(q);
                p.items().forEach(e -> seen.add(e.eventId()));
                pages++;
                if (p.nextCursor() == null) break;
                q = q.withCursor(p.nextCursor());
            }
            List<String> once = store.reports(EventQuery.all()).items().stream().map(Event::eventId).toList();
            assertEquals(once, seen, "page size " + size);
            assertEquals((once.size() + size - 1) / size, pages);
        }
        assertThrows(IllegalArgumentException.class, () -> store.reports(EventQuery.all().withCursor("not a cursor")));
    }

    @Test
    void statsPlacesActorsAndLookups() {
        ingestScenario(store, FusionScenario.reports());
        StoreStats s = store.stats(EventQuery.all());
        assertEquals(6, s.total());
        assertEquals(Map.of("Battles", 3L, "Explosions/Remote violence", 3L), s.byType());
        assertEquals(4L, s.byActor().get("Syrian Arab Army"));
        assertEquals(3L, s.byActor().get("Hay'at Tahrir al-Sham"));
        assertEquals(Map.of(LocalDate.of(2019, 1, 7), 3L, LocalDate.of(2019, 1, 14), 1L, LocalDate.of(2019, 1, 28), 2L), s.byWeek());
        List<PlaceHit> hits = store.places("nabir", 10);
        assertTrue(hits.stream().anyMatch(h -> h.name().equals("Tal Nabir") && h.reports() >= 3), hits.toString());
        assertTrue(store.places("Tell Nabir", 10).stream().anyMatch(h -> h.name().equals("Tell Nabir")));
        assertTrue(store.places("zzz-nowhere", 10).isEmpty());
        List<ActorCount> actors = store.actors();
        assertEquals("Syrian Arab Army", actors.get(0).name());
        assertEquals("cap-2", store.report("cap-2").orElseThrow().eventId());
        assertTrue(store.report("nope").isEmpty());
    }

    @Test
    void controlTimelineFromTheStore() {
        ingestScenario(store, FusionScenario.reports());
        ControlTimeline t = store.controlTimeline();
        ControlPeriod p = t.control("Tal Nabir", LocalDate.of(2019, 1, 10)).orElseThrow();
        assertEquals("Hay'at Tahrir al-Sham", p.controller());
        assertEquals(List.of("cap-1", "cap-2", "cap-3", "cap-4"), p.supportedBy());
        assertTrue(t.control("Tal Nabir", LocalDate.of(2019, 1, 18)).orElseThrow().contested());
    }

    /**
     * Kills (SIGKILL) a child JVM in the middle of a large ingest, then checks that every document is wholly in
     * or wholly out, and that re-running the batch ends with exactly what an uninterrupted run stores.
     */
    @Test
    void killMinus9MidBatchLeavesWholeDocumentsAndARerunCompletes() throws Exception {
        int n = 400;
        store.close();
        store = null;
        String target = freshTarget();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java(), "-Xmx256m", "-cp", cp, IngestBatchMain.class.getName(), target, String.valueOf(n))
                .redirectErrorStream(true).start();
        int committed = 0;
        List<String> tail = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                tail.add(line);
                if (line.startsWith("committed ")) committed = Integer.parseInt(line.substring(10));
                if (committed >= 50) break;
            }
            child.destroyForcibly();   // SIGKILL on Linux: no shutdown hooks, no rollback by the client
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(committed >= 50, "the child never got going: " + tail);
        assertNotEquals(0, child.exitValue(), "the child finished before it was killed");

        StoreCounts afterCrash;
        try (EventStore reopened = EventStore.open(target)) {
            afterCrash = reopened.counts();
            assertEquals(List.of(), ((JdbcEventStore) reopened).integrityProblems());
            assertTrue(afterCrash.documents() >= committed && afterCrash.documents() < n, "documents after the crash: " + afterCrash);
            assertEquals(afterCrash.documents() * 3, afterCrash.reports());
        }
        IngestBatchMain.run(target, n, null);
        try (EventStore rerun = EventStore.open(target); EventStore clean = EventStore.open(freshTarget())) {
            for (Map.Entry<Document, List<Event>> en : SyntheticBatch.batch(n)) clean.ingest(en.getKey(), en.getValue());
            assertEquals(clean.counts(), rerun.counts());
            assertEquals(new StoreCounts(n, 3L * n, clean.counts().fusedEvents()), rerun.counts());
            assertEquals(fusedLines(clean), fusedLines(rerun));
            assertEquals(List.of(), ((JdbcEventStore) rerun).integrityProblems());
            System.out.printf("kill -9 test (%s): killed after %d commits, %d documents were in; rerun and clean run: %s%n",
                    rerun.kind(), committed, afterCrash.documents(), rerun.counts());
        }
    }

    private static String java() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
