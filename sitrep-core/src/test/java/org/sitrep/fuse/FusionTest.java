package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class FusionTest {
    static final Map<String, String> ALIGNMENTS = Map.of("Opposition Network", "opposition", "Government Daily", "pro-government",
            "Casualty Monitor", "monitor", "Wire Agency", "Western", "State Radio", "pro-government");
    static final OutletAlignment REGISTRY = s -> Optional.ofNullable(ALIGNMENTS.get(s));

    /** Four outlets report one capture (spellings, a day's difference, differing tolls), plus events that must stay apart. */
    static List<Event> reports() {
        List<Event> r = new ArrayList<>();
        r.add(Report.of("cap-1").source("Opposition Network").type(SubEventType.NON_STATE_OVERTAKES_TERRITORY)
                .actors(Report.HTS, Report.SAA).at("Tal Nabir", 36.100, 36.800).gazetteer("g1").fatalities(7).claimed("HTS's media wing").build());
        r.add(Report.of("cap-2").source("Government Daily").type(SubEventType.ARMED_CLASH).on("2019-01-08")
                .actors(Report.SAA, Report.REBELS).at("Tell Nabir", 36.105, 36.806).fatalities(3).disputed("pro-government sources").build());
        r.add(Report.of("cap-3").source("Casualty Monitor").type(SubEventType.NON_STATE_OVERTAKES_TERRITORY)
                .actors(Report.HTS, Report.SAA).at("Tal Nabeer", 36.100, 36.800).gazetteer("g1").fatalities(7).build());
        r.add(Report.of("cap-4").source("Wire Agency").type(SubEventType.NON_STATE_OVERTAKES_TERRITORY)
                .actors(Report.HTS, null).at("al-Tal Nabir", null, null).geoPrecision(1).build());
        // same place and day but remote violence: another happening
        r.add(Report.of("strike-1").source("Wire Agency").doc("doc-cap-4").type(SubEventType.AIR_STRIKE)
                .actors(new org.sitrep.model.Actor("Russian Armed Forces", "External/Other forces", "Russia"), Report.HTS)
                .at("Tal Nabir", 36.100, 36.800).gazetteer("g1").build());
        // ten days later at the same place: another clash
        r.add(Report.of("later-1").source("State Radio").on("2019-01-17").at("Tal Nabir", 36.100, 36.800).gazetteer("g1").build());
        // daily shelling of one town, reported day after day: three days are not one event
        for (int d = 0; d < 3; d++)
            r.add(Report.of("shell-" + d).source(d % 2 == 0 ? "State Radio" : "Opposition Network").type(SubEventType.SHELLING)
                    .on(LocalDate.of(2019, 2, 1 + d).toString()).actors(Report.SAA, Report.CIVILIANS).at("Deir Hawa", 35.5, 36.6).build());
        // an IS attack far away on the capture's day
        r.add(Report.of("far-1").source("Wire Agency").actors(Report.SDF, Report.IS).at("Hajin East", 34.7, 40.8).build());
        return r;
    }

    private final Fusion fusion = new Fusion(REGISTRY);

    private FusedEvent containing(List<FusedEvent> fs, String reportId) {
        return fs.stream().filter(f -> f.reportIds().contains(reportId)).findFirst().orElseThrow();
    }

    @Test
    void oneCaptureFromFourOutletsIsOneEventWithAllItsSources() {
        List<FusedEvent> fs = fusion.fuse(reports());
        FusedEvent cap = containing(fs, "cap-1");
        assertEquals(List.of("cap-1", "cap-2", "cap-3", "cap-4"), cap.reportIds());
        assertEquals(List.of("Casualty Monitor", "Government Daily", "Opposition Network", "Wire Agency"), cap.sources());
        assertEquals(SubEventType.NON_STATE_OVERTAKES_TERRITORY, cap.subEventType());
        assertEquals(LocalDate.of(2019, 1, 7), cap.date().eventDate());
        assertEquals("Hay'at Tahrir al-Sham", cap.actor1().name());
        assertEquals("g1", cap.place().gazetteerId());
        assertEquals(7, cap.fatalities());
        assertEquals(Certainty.DISPUTED, cap.certainty());
        // no duplicates: every report is in exactly one fused event
        List<String> all = fs.stream().flatMap(f -> f.reportIds().stream()).sorted().toList();
        assertEquals(reports().stream().map(Event::eventId).sorted().toList(), all);
        assertEquals(all.size(), new HashSet<>(all).size());
    }

    @Test
    void theDisagreementsStayVisible() {
        FusedEvent cap = containing(fusion.fuse(reports()), "cap-1");
        Map<String, Disagreement> by = cap.disagreements().stream().collect(Collectors.toMap(Disagreement::field, d -> d));
        Disagreement deaths = by.get("fatalities");
        assertEquals("7", deaths.chosen());
        assertTrue(deaths.describe().contains("7 (claimed by HTS's media wing, Opposition Network)"), deaths.describe());
        assertTrue(deaths.describe().contains("3 (disputed by pro-government sources, Government Daily)"), deaths.describe());
        Disagreement date = by.get("event_date");
        assertEquals("2019-01-07", date.chosen());
        assertTrue(date.claims().stream().anyMatch(c -> c.value().equals("2019-01-08") && c.source().equals("Government Daily")));
        assertTrue(by.containsKey("sub_event_type"));
        assertTrue(by.containsKey("location"));
    }

    @Test
    void separateHappeningsStaySeparate() {
        List<FusedEvent> fs = fusion.fuse(reports());
        assertNotEquals(containing(fs, "cap-1").fusedId(), containing(fs, "strike-1").fusedId());
        assertNotEquals(containing(fs, "cap-1").fusedId(), containing(fs, "later-1").fusedId());
        assertNotEquals(containing(fs, "cap-1").fusedId(), containing(fs, "far-1").fusedId());
        // days 1 and 2 of the shelling may be one event reported a day apart; day 3 cannot join day 1
        assertNotEquals(containing(fs, "shell-0").fusedId(), containing(fs, "shell-2").fusedId());
        assertEquals(6, fs.size());
    }

    @Test
    void corroborationAcrossCamps() {
        FusedEvent cap = containing(fusion.fuse(reports()), "cap-1");
        Corroboration c = cap.corroboration();
        assertEquals(4, c.outlets());
        assertEquals(List.of("Western", "monitor", "opposition", "pro-government"), c.alignments());
        assertTrue(c.acrossCamps());
        assertTrue(c.independentlyConfirmed());
        FusedEvent later = containing(fusion.fuse(reports()), "later-1");
        assertEquals(1, later.corroboration().outlets());
        assertFalse(later.corroboration().independentlyConfirmed());
    }

    @Test
    void oneCampEchoingItselfIsNotIndependent() {
        Corroboration c = fusion.corroboration(List.of("Government Daily", "State Radio"), 2);
        assertFalse(c.acrossCamps());
        assertFalse(c.independentlyConfirmed());
        Corroboration unknown = new Fusion().corroboration(List.of("X", "Y"), 2);
        assertEquals(2, unknown.outlets());
        assertFalse(unknown.independentlyConfirmed());
    }

    @Test
    void shuffledInputGivesIdenticalOutputIdsIncluded() {
        List<String> expected = fusion.fuse(reports()).stream().map(FusedEventJson::toLine).toList();
        for (int seed = 0; seed < 40; seed++) {
            List<Event> shuffled = new ArrayList<>(reports());
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, fusion.fuse(shuffled).stream().map(FusedEventJson::toLine).toList(), "seed " + seed);
        }
    }

    @Test
    void incrementalFusionEqualsAFullRun() {
        List<String> expected = fusion.fuse(reports()).stream().map(FusedEventJson::toLine).sorted().toList();
        for (int seed = 0; seed < 20; seed++) {
            List<Event> order = new ArrayList<>(reports());
            Collections.shuffle(order, new Random(seed));
            List<Event> stored = new ArrayList<>();
            Map<String, FusedEvent> fused = new TreeMap<>();
            for (int i = 0; i < order.size(); i += 3) {
                List<Event> batch = order.subList(i, Math.min(order.size(), i + 3));
                stored.addAll(batch);
                Set<Event> touched = fusion.touched(batch, nbs -> inNeighbourhoods(stored, nbs));
                Set<String> ids = touched.stream().map(Event::eventId).collect(Collectors.toSet());
                fused.values().removeIf(f -> f.reportIds().stream().anyMatch(ids::contains));
                for (FusedEvent f : fusion.fuse(touched)) fused.put(f.fusedId(), f);
            }
            assertEquals(expected, fused.values().stream().map(FusedEventJson::toLine).sorted().toList(), "seed " + seed);
        }
    }

    @Test
    void incrementalFusionDocumentByDocumentEqualsAFullRun() {
        // a document holding reports of two happenings at one place (cap-4 and strike-1) once hid a link
        List<String> expected = fusion.fuse(reports()).stream().map(FusedEventJson::toLine).sorted().toList();
        Map<String, List<Event>> byDoc = new TreeMap<>();
        for (Event e : reports()) byDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e);
        for (int seed = -1; seed < 10; seed++) {
            List<List<Event>> docs = new ArrayList<>(byDoc.values());
            if (seed >= 0) Collections.shuffle(docs, new Random(seed));
            List<Event> stored = new ArrayList<>();
            Map<String, FusedEvent> fused = new TreeMap<>();
            for (List<Event> doc : docs) {
                stored.addAll(doc);
                Set<Event> touched = fusion.touched(doc, nbs -> inNeighbourhoods(stored, nbs));
                Set<String> ids = touched.stream().map(Event::eventId).collect(Collectors.toSet());
                fused.values().removeIf(f -> f.reportIds().stream().anyMatch(ids::contains));
                for (FusedEvent f : fusion.fuse(touched)) fused.put(f.fusedId(), f);
            }
            assertEquals(expected, fused.values().stream().map(FusedEventJson::toLine).sorted().toList(), "seed " + seed);
        }
    }

    @Test
    void touchedStaysLocal() {
        List<Event> all = reports();
        Event far = all.stream().filter(e -> e.eventId().equals("far-1")).findFirst().orElseThrow();
        Set<Event> touched = fusion.touched(List.of(far), nbs -> inNeighbourhoods(all, nbs));
        assertEquals(Set.of("far-1"), touched.stream().map(Event::eventId).collect(Collectors.toSet()));
    }

    /** What the store's neighbourhood query returns, over a list. */
    static List<Event> inNeighbourhoods(List<Event> stored, Collection<Neighbourhood> nbs) {
        Set<Event> out = new LinkedHashSet<>();
        for (Neighbourhood nb : nbs) out.addAll(inNeighbourhood(stored, nb));
        return new ArrayList<>(out);
    }

    static List<Event> inNeighbourhood(List<Event> stored, Neighbourhood nb) {
        return stored.stream().filter(e -> !e.date().to().isBefore(nb.from()) && !e.date().from().isAfter(nb.to()))
                .filter(e -> PlaceKey.fold(e.place().name()).equals(nb.nameKey())
                        || (nb.gazetteerId() != null && nb.gazetteerId().equals(e.place().gazetteerId()))
                        || (nb.hasBox() && e.place().hasCoordinates() && e.place().latitude() >= nb.south() && e.place().latitude() <= nb.north()
                        && e.place().longitude() >= nb.west() && e.place().longitude() <= nb.east()))
                .toList();
    }

    @Test
    void idsComeFromTheMembers() {
        List<Event> two = reports().subList(0, 2);
        assertEquals(Fusion.idOf(two), Fusion.idOf(List.of(two.get(1), two.get(0))));
        assertTrue(Fusion.idOf(two).matches("F[0-9a-f]{16}"));
    }

    @Test
    void jsonRoundTrip() {
        for (FusedEvent f : fusion.fuse(reports())) {
            String line = FusedEventJson.toLine(f);
            assertEquals(line, FusedEventJson.toLine(FusedEventJson.fromLine(line)));
        }
    }
}
