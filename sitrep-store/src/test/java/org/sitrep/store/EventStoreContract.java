package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.crash.KilledChild;
import org.sitrep.fuse.*;
import org.sitrep.model.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.*;
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
     * Kills (SIGKILL) child JVMs ingesting a 160-document batch at seeded random points spread over the run's measured
     * length, again and again on the same store as a user re-running a crashed ingest would: before the store is open,
     * while it makes its schema, mid-batch inside a document's transaction (reports, re-fusion, commit), while a re-run
     * passes the stored documents. After every kill the store must open, pass {@code integrityProblems()}, hold
     * exactly the first k documents of the batch with all their reports (nothing half-written, no gaps) and the fused
     * events of a clean run of those k documents; a run that is not killed completes the batch to exactly what an
     * uninterrupted run stores. Rounds: {@code -Dsitrep.killRounds} (default 6); the batch is small enough that they
     * stay within a CI budget.
     */
    @Test
    void killMinus9AtRandomPointsLeavesWholeDocumentsAndARerunCompletes() throws Exception {
        int n = 160;
        store.close();
        store = null;
        List<Map.Entry<Document, List<Event>>> batch = SyntheticBatch.batch(n);
        List<String> hashes = batch.stream().map(en -> ContentHash.of(en.getKey())).toList();
        // the clean run: what the store holds after each prefix of the batch
        List<String> fusedAfter = new ArrayList<>();
        StoreCounts cleanCounts;
        List<String> cleanFused;
        String kind;
        try (EventStore clean = EventStore.open(freshTarget())) {
            kind = clean.kind();
            fusedAfter.add(fusedDigest(clean));
            for (Map.Entry<Document, List<Event>> en : batch) {
                clean.ingest(en.getKey(), en.getValue());
                fusedAfter.add(fusedDigest(clean));
            }
            cleanCounts = clean.counts();
            cleanFused = fusedLines(clean);
        }
        assertEquals(new StoreCounts(n, 3L * n, cleanCounts.fusedEvents()), cleanCounts);

        // one uninterrupted child run: its length is what the kills are spread over
        String measured = freshTarget();
        KilledChild.Outcome whole = KilledChild.run(KilledChild.java(IngestBatchMain.class.getName(), measured, String.valueOf(n)), 600_000);
        long span = whole.millis();
        assertFalse(whole.killed());
        assertEquals("done", whole.lastLine(), whole.lines().toString());
        assertComplete(measured, cleanCounts, cleanFused);

        KilledChild.Schedule schedule = KilledChild.Schedule.fromProperties(6);
        Map<String, Integer> phases = new TreeMap<>();
        int kills = 0, opened = 0, completed = 0;
        String target = freshTarget();
        boolean fresh = true;
        while (kills < schedule.rounds()) {
            KilledChild.Outcome o = KilledChild.run(KilledChild.java(IngestBatchMain.class.getName(), target, String.valueOf(n)),
                    schedule.delayMillis(kills, span));
            if (!o.killed()) {
                // the run ended before its kill: the batch must be complete, without duplicates
                assertEquals("done", o.lastLine(), o.lines().toString());
                assertComplete(target, cleanCounts, cleanFused);
                completed++;
                if (fresh) span = o.millis(); // a whole run, at today's load
                target = freshTarget();
                fresh = true;
                continue;
            }
            fresh = false;
            kills++;
            phases.merge(phase(o.lastLine()), 1, Integer::sum);
            int said = 0;
            for (String line : o.lines()) if (line.matches("(committed|skipped) \\d+")) said = Integer.parseInt(line.replaceAll("\\D", ""));
            try (EventStore reopened = EventStore.open(target)) {
                opened++;
                String where = "kill " + kills + " (" + phase(o.lastLine()) + ")";
                assertEquals(List.of(), ((JdbcEventStore) reopened).integrityProblems(), where);
                StoreCounts c = reopened.counts();
                int k = (int) c.documents();
                assertTrue(k >= said && k <= n, where + ": " + k + " documents stored, the child had said " + said);
                assertEquals(3L * k, c.reports(), where + ": every stored document has all its reports");
                for (int i = 0; i < n; i++) assertEquals(i < k, reopened.hasDocument(hashes.get(i)), where + ": document " + i + " of " + k);
                assertEquals(fusedAfter.get(k), fusedDigest(reopened), where + ": the fused events of a clean run of the first " + k + " documents");
            }
        }
        KilledChild.Outcome last = KilledChild.run(KilledChild.java(IngestBatchMain.class.getName(), target, String.valueOf(n)), 600_000);
        assertEquals("done", last.lastLine(), last.lines().toString());
        assertComplete(target, cleanCounts, cleanFused);
        completed++;
        System.out.printf("kill -9 test (%s): %d documents per run, run %d ms; %d kills (seed %d), store opened after %d, "
                        + "%d runs completed to the clean run's %s with 0 duplicates; kills landed: %s%n",
                kind, n, span, kills, schedule.seed(), opened, completed, cleanCounts, phases);
    }

    /** The store holds exactly what an uninterrupted run stores: no document twice, no report lost, the same fused events. */
    private static void assertComplete(String target, StoreCounts clean, List<String> cleanFused) {
        try (EventStore s = EventStore.open(target)) {
            assertEquals(clean, s.counts());
            assertEquals(List.of(), ((JdbcEventStore) s).integrityProblems());
            assertEquals(cleanFused, fusedLines(s));
        }
    }

    /** Where a kill landed, from the child's last line before it died. */
    private static String phase(String lastLine) {
        if (lastLine.isEmpty()) return "starting (JVM, opening the store, schema)";
        if (lastLine.equals("opened")) return "store open, before the first document";
        if (lastLine.startsWith("ingesting")) return "inside a document's transaction (check, reports, re-fusion, commit)";
        return "between two documents";
    }

    private static String fusedDigest(EventStore s) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            s.forEachFused(EventQuery.all().withLimit(1000), f -> md.update((FusedEventJson.toLine(f) + "\n").getBytes(StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
