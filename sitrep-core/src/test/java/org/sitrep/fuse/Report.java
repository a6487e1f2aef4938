package org.sitrep.fuse;

import org.sitrep.model.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds a coded report by hand for unit tests: places and wording are invented, not taken from any article. */
final class Report {
    private String id, doc, source = "Outlet A", claimSource, place = "Tal Nabir", mention = "Tal Nabir", gazetteerId, admin1 = "Aleppo";
    private LocalDate from = LocalDate.of(2019, 1, 7), to = from;
    private int precision = 1, geoPrecision = 1;
    private SubEventType type = SubEventType.ARMED_CLASH;
    private Actor actor1 = new Actor("Syrian Arab Army", "State forces", "Syria"), actor2 = new Actor("Hay'at Tahrir al-Sham", "Rebel group", "Syria");
    private Double lat = 36.10, lon = 36.80;
    private Integer fatalities;
    private Certainty certainty = Certainty.REPORTED;

    static Report of(String id) { Report r = new Report(); r.id = id; r.doc = "doc-" + id; return r; }

    Report doc(String d) { doc = d; return this; }
    Report source(String s) { source = s; return this; }
    Report on(String day) { from = to = LocalDate.parse(day); precision = 1; return this; }
    Report during(String f, String t, int p) { from = LocalDate.parse(f); to = LocalDate.parse(t); precision = p; return this; }
    Report type(SubEventType t) { type = t; return this; }
    Report actors(Actor a1, Actor a2) { actor1 = a1; actor2 = a2; return this; }
    Report at(String name, Double la, Double lo) { place = name; mention = name; lat = la; lon = lo; return this; }

    /** The text's spelling, when the gazetteer's name differs. */
    Report mention(String m) { mention = m; return this; }
    Report gazetteer(String g) { gazetteerId = g; return this; }
    Report geoPrecision(int p) { geoPrecision = p; return this; }
    Report admin1(String a) { admin1 = a; return this; }
    Report fatalities(Integer n) { fatalities = n; return this; }
    Report claimed(String by) { certainty = Certainty.CLAIMED; claimSource = by; return this; }
    Report disputed(String by) { certainty = Certainty.DISPUTED; claimSource = by; return this; }

    Event build() {
        Place p = new Place(place, mention, lat, lon, admin1, null, "Syria", geoPrecision, gazetteerId);
        Evidence ev = new Evidence("An invented sentence about " + place + ".", 0, 30, Map.of("location", new Span(24, 29)));
        return new Event(id, doc, new DateRange(from, to, precision), type, actor1, actor2, List.of(), List.of(), p, fatalities,
                certainty, claimSource, "A neutral note on " + place + ".", ev, source, "https://example.org/" + id);
    }

    static final Actor SAA = new Actor("Syrian Arab Army", "State forces", "Syria");
    static final Actor HTS = new Actor("Hay'at Tahrir al-Sham", "Rebel group", "Syria");
    static final Actor IS = new Actor("Islamic State", "Rebel group", "International");
    static final Actor SDF = new Actor("Syrian Democratic Forces", "Rebel group", "Syria");
    static final Actor NFL = new Actor("National Front for Liberation", "Rebel group", "Syria");
    static final Actor REBELS = new Actor("Syrian opposition", "Rebel group", "Syria");
    static final Actor CIVILIANS = new Actor("Civilians", "Civilians", "Syria");
}
