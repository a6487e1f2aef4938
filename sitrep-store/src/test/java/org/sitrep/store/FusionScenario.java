package org.sitrep.store;

import org.sitrep.fuse.OutletAlignment;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.*;

/** Invented reports of a few happenings: one capture told by four outlets and events that must stay apart. */
final class FusionScenario {
    static final Map<String, String> ALIGNMENTS = Map.of("Opposition Network", "opposition", "Government Daily", "pro-government",
            "Casualty Monitor", "monitor", "Wire Agency", "Western", "State Radio", "pro-government");
    static final OutletAlignment REGISTRY = s -> Optional.ofNullable(ALIGNMENTS.get(s));

    private FusionScenario() {}

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
        r.add(Report.of("strike-1").source("Wire Agency").doc("doc-cap-4").type(SubEventType.AIR_STRIKE)
                .actors(new Actor("Russian Armed Forces", "External/Other forces", "Russia"), Report.HTS)
                .at("Tal Nabir", 36.100, 36.800).gazetteer("g1").build());
        r.add(Report.of("later-1").source("State Radio").on("2019-01-17").at("Tal Nabir", 36.100, 36.800).gazetteer("g1").build());
        for (int d = 0; d < 3; d++)
            r.add(Report.of("shell-" + d).source(d % 2 == 0 ? "State Radio" : "Opposition Network").type(SubEventType.SHELLING)
                    .on(LocalDate.of(2019, 2, 1 + d).toString()).actors(Report.SAA, Report.CIVILIANS).at("Deir Hawa", 35.5, 36.6).build());
        r.add(Report.of("far-1").source("Wire Agency").actors(Report.SDF, Report.IS).at("Hajin East", 34.7, 40.8).build());
        return r;
    }

    static int documents() {
        return (int) reports().stream().map(Event::docId).distinct().count();
    }
}
