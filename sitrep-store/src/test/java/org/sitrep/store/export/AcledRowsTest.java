package org.sitrep.store.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class AcledRowsTest {
    private final AcledRows rows = new AcledRows();

    @Test
    void interactionNamesTheLowerInterCodeFirst() {
        assertEquals("State forces-Rebel group", rows.interaction("Rebel group", "State forces"));
        assertEquals("State forces-Rebel group", rows.interaction("State forces", "Rebel group"));
        assertEquals("Rebel group-Civilians", rows.interaction("Civilians", "Rebel group"));
        assertEquals("Rebel group-Rebel group", rows.interaction("Rebel group", "Rebel group"));
        assertEquals("Political militia only", rows.interaction("Political militia", ""));
        assertEquals("Civilians only", rows.interaction(null, "Civilians"));
        assertEquals("", rows.interaction(null, null));
    }

    @Test
    void everyColumnHasAType() {
        assertEquals(31, AcledRows.ACLED_COLUMNS.size());
        assertEquals(AcledRows.ACLED_COLUMNS, AcledRows.header().subList(0, 31));
        assertEquals(AcledRows.header().size(), AcledRows.COLUMNS.size());
        assertEquals(AcledRows.header().size(), rows.row(ExportSamples.events().get(0)).size());
    }
}
