package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class NeighbourhoodTest {
    private final SameHappening rule = new SameHappening();

    @Test
    void holdsEveryReportTheRuleCouldLink() {
        Event e = Report.of("a").on("2019-01-07").at("Tal Nabir", 36.10, 36.80).gazetteer("g1").build();
        Neighbourhood nb = Neighbourhood.of(e);
        assertEquals(LocalDate.of(2019, 1, 6), nb.from());
        assertEquals(LocalDate.of(2019, 1, 8), nb.to());
        assertTrue(nb.hasBox());
        // scan a grid of reports around it: whatever the rule links must lie inside
        int linked = 0;
        for (int dy = -8; dy <= 8; dy++)
            for (int dx = -8; dx <= 8; dx++)
                for (int day = 4; day <= 10; day++) {
                    Event o = Report.of("o" + dy + "_" + dx + "_" + day).on(LocalDate.of(2019, 1, day).toString())
                            .at("Elsewhere", 36.10 + dy * 0.01, 36.80 + dx * 0.01).build();
                    if (rule.test(e, o)) { linked++; assertTrue(nb.contains(o), o.eventId()); }
                }
        assertTrue(linked > 100, "the grid reaches inside " + SameHappening.NEAR_KM + " km");
    }

    @Test
    void regionOnlyPlacesHaveNoBox() {
        Event e = Report.of("a").at("Aleppo", 36.2, 37.1).geoPrecision(3).build();
        assertFalse(Neighbourhood.of(e).hasBox());
        assertTrue(Neighbourhood.of(e).contains(Report.of("b").at("aleppo", null, null).geoPrecision(3).build()));
    }
}
