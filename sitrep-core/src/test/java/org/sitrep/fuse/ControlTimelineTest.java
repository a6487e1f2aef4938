package org.sitrep.fuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ControlTimelineTest {
    private static LocalDate d(String s) { return LocalDate.parse(s); }

    /** Tal Nabir: taken by HTS on 1 Jan (two outlets), fought over on 5 Jan, retaken by the army on 7 Jan. */
    static List<Event> reports() {
        List<Event> r = new ArrayList<>();
        r.add(Report.of("t1").source("Opposition Network").on("2019-01-01").type(SubEventType.NON_STATE_OVERTAKES_TERRITORY)
                .actors(Report.HTS, Report.NFL).gazetteer("g1").build());
        r.add(Report.of("t2").source("Wire Agency").on("2019-01-01").type(SubEventType.NON_STATE_OVERTAKES_TERRITORY)
                .actors(Report.HTS, Report.NFL).at("Tell Nabir", 36.1, 36.8).gazetteer("g1").build());
        r.add(Report.of("t3").source("State Radio").on("2019-01-05").type(SubEventType.ARMED_CLASH)
                .actors(Report.SAA, Report.HTS).gazetteer("g1").build());
        r.add(Report.of("t4").source("State Radio").on("2019-01-07").type(SubEventType.GOVERNMENT_REGAINS_TERRITORY)
                .actors(Report.SAA, Report.HTS).gazetteer("g1").build());
        // a second town handed over without a fight; a third without coordinates
        r.add(Report.of("h1").source("Wire Agency").on("2019-01-03").type(SubEventType.NON_VIOLENT_TRANSFER)
                .actors(Report.SDF, null).at("Deir Hawa", 35.5, 36.6).build());
        r.add(Report.of("h2").source("Wire Agency").on("2019-01-03").type(SubEventType.NON_VIOLENT_TRANSFER)
                .actors(Report.SDF, null).at("Kafr Sarin", null, null).geoPrecision(1).build());
        // a strike does not change who holds a place
        r.add(Report.of("s1").source("Wire Agency").on("2019-01-06").type(SubEventType.AIR_STRIKE)
                .actors(Report.SAA, Report.HTS).gazetteer("g1").build());
        return r;
    }

    private final ControlTimeline timeline = ControlTimeline.of(new Fusion().fuse(reports()));

    @Test
    void controlByDate() {
        assertTrue(timeline.control("Tal Nabir", d("2018-12-31")).isEmpty());
        ControlPeriod jan3 = timeline.control("Tal Nabir", d("2019-01-03")).orElseThrow();
        assertEquals("Hay'at Tahrir al-Sham", jan3.controller());
        assertFalse(jan3.contested());
        assertEquals(List.of("t1", "t2"), jan3.supportedBy());
        ControlPeriod jan6 = timeline.control("tell nabir", d("2019-01-06")).orElseThrow();
        assertTrue(jan6.contested());
        assertEquals("Hay'at Tahrir al-Sham", jan6.controller());
        assertEquals(List.of("Syrian Arab Army", "Hay'at Tahrir al-Sham"), jan6.parties());
        ControlPeriod later = timeline.control("g1", d("2020-01-01")).orElseThrow();
        assertEquals("Syrian Arab Army", later.controller());
        assertEquals(d("2019-01-07"), later.from());
        assertNull(later.until());
        assertEquals(3, timeline.history("Tal Nabir").size());
        assertEquals(d("2019-01-05"), timeline.history("Tal Nabir").get(0).until());
    }

    @Test
    void everyPlaceOnADay() {
        List<ControlPeriod> jan4 = timeline.controlAt(d("2019-01-04"));
        assertEquals(3, jan4.size());
        assertTrue(jan4.stream().anyMatch(p -> p.place().name().equals("Deir Hawa") && p.controller().equals("Syrian Democratic Forces")));
    }

    @Test
    void geoJsonHasAPointPerLocatedPlace() throws Exception {
        JsonNode fc = new ObjectMapper().readTree(ControlGeoJson.toString(timeline.controlAt(d("2019-01-04"))));
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(2, fc.get("features").size());
        assertEquals(1, fc.get("places_without_coordinates").asInt());
        for (JsonNode f : fc.get("features")) {
            assertEquals("Point", f.at("/geometry/type").asText());
            double lon = f.at("/geometry/coordinates/0").asDouble(), lat = f.at("/geometry/coordinates/1").asDouble();
            assertTrue(lon > 35 && lon < 43 && lat > 32 && lat < 38, "coordinates in lon,lat order within Syria");
            assertFalse(f.at("/properties/controller").asText().isEmpty());
        }
    }

    @Test
    void sameFromAnyInputOrder() {
        List<Event> rs = reports();
        java.util.Collections.reverse(rs);
        ControlTimeline reversed = ControlTimeline.of(new Fusion().fuse(rs));
        assertEquals(ControlGeoJson.toString(timeline.controlAt(d("2019-01-06"))), ControlGeoJson.toString(reversed.controlAt(d("2019-01-06"))));
    }
}
