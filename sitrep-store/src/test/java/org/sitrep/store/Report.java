package org.sitrep.store;

import org.sitrep.model.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds a coded report by hand for unit tests: places and wording are invented, not taken from any article. */
public final class Report {
    private String id, doc, source = "Outlet A", claimSource, place = "Tal Nabir", gazetteerId, admin1 = "Aleppo";
    private LocalDate from = LocalDate.of(2019, 1, 7), to = from;
    private int precision = 1, geoPrecision = 1;
    private SubEventType type = SubEventType.ARMED_CLASH;
    private Actor actor1 = new Actor("Syrian Arab Army", "State forces", "Syria"), actor2 = new Actor("Hay'at Tahrir al-Sham", "Rebel group", "Syria");
    private Double lat = 36.10, lon = 36.80;
    private Integer fatalities;
    private Certainty certainty = Certainty.REPORTED;

    public static Report of(String id) { Report r = new Report(); r.id = id; r.doc = "doc-" + id; return r; }

    public Report doc(String d) { doc = d; return this; }
    public Report source(String s) { source = s; return this; }
    public Report on(String day) { from = to = LocalDate.parse(day); precision = 1; return this; }
    public Report during(String f, String t, int p) { from = LocalDate.parse(f); to = LocalDate.parse(t); precision = p; return this; }
    public Report type(SubEventType t) { type = t; return this; }
    public Report actors(Actor a1, Actor a2) { actor1 = a1; actor2 = a2; return this; }
    public Report at(String name, Double la, Double lo) { place = name; lat = la; lon = lo; return this; }
    public Report gazetteer(String g) { gazetteerId = g; return this; }
    public Report geoPrecision(int p) { geoPrecision = p; return this; }
    public Report admin1(String a) { admin1 = a; return this; }
    public Report fatalities(Integer n) { fatalities = n; return this; }
    public Report claimed(String by) { certainty = Certainty.CLAIMED; claimSource = by; return this; }
    public Report disputed(String by) { certainty = Certainty.DISPUTED; claimSource = by; return this; }

    public Event build() {
        Place p = new Place(place, place, lat, lon, admin1, null, "Syria", geoPrecision, gazetteerId);
        Evidence ev = new Evidence("An invented sentence about " + place + ".", 0, 30, Map.of("location", new Span(24, 29)));
        return new Event(id, doc, new DateRange(from, to, precision), type, actor1, actor2, List.of(), List.of(), p, fatalities,
                certainty, claimSource, "A neutral note on " + place + ".", ev, source, "https://example.org/" + id);
    }

    public static final Actor SAA = new Actor("Syrian Arab Army", "State forces", "Syria");
    public static final Actor HTS = new Actor("Hay'at Tahrir al-Sham", "Rebel group", "Syria");
    public static final Actor IS = new Actor("Islamic State", "Rebel group", "International");
    public static final Actor SDF = new Actor("Syrian Democratic Forces", "Rebel group", "Syria");
    public static final Actor NFL = new Actor("National Front for Liberation", "Rebel group", "Syria");
    public static final Actor REBELS = new Actor("Syrian opposition", "Rebel group", "Syria");
    public static final Actor CIVILIANS = new Actor("Civilians", "Civilians", "Syria");
}
