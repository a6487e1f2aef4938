package org.sitrep.store.export;

import org.sitrep.model.*;
import org.sitrep.store.Report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made events for the exporter tests (invented places and wording). */
final class ExportSamples {
    private ExportSamples() {}

    static List<Event> events() {
        List<Event> out = new ArrayList<>();
        out.add(Report.of("x1").type(SubEventType.NON_STATE_OVERTAKES_TERRITORY).actors(Report.HTS, Report.SAA).fatalities(7)
                .claimed("HTS's media wing").build());
        out.add(Report.of("x2").type(SubEventType.SHELLING).actors(Report.SAA, Report.CIVILIANS).at("Deir Hawa", 35.5, 36.6).build());
        out.add(Report.of("x3").type(SubEventType.ARMED_CLASH).actors(Report.REBELS, null).at("Kafr Sarin", null, null).build());
        Place p = new Place("Ain Qasr", "Ain Qasr", 35.9, 36.9, "Idleb", "Harim", "Syria", 2, "g9");
        Evidence ev = new Evidence("An invented sentence, with a comma and \"quotes\".", 10, 58, Map.of("actor1", new Span(13, 20)));
        out.add(new Event("x4", "doc-x4", new DateRange(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 7), 2), SubEventType.ATTACK,
                Report.IS, Report.CIVILIANS, List.of("Local militia A", "Local militia B"), List.of("Civilians (Syria)"), p, 0,
                Certainty.REPORTED, null, "Notes, with a comma; and \"quotes\"\nand a line break.", ev, "Wire Agency", null));
        return out;
    }
}
