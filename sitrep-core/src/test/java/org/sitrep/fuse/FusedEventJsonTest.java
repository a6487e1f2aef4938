package org.sitrep.fuse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class FusedEventJsonTest {
    @Test
    void roundTripsWithOrWithoutTheReportsInside() {
        List<FusedEvent> fs = new Fusion(FusionTest.REGISTRY).fuse(FusionTest.reports());
        for (FusedEvent f : fs) {
            String line = FusedEventJson.toLine(f);
            assertEquals(line, FusedEventJson.toLine(FusedEventJson.fromLine(line)));
            var compact = FusedEventJson.withoutReports(f);
            assertFalse(compact.has("reports"));
            assertEquals(f.reportIds(), FusedEventJson.reportIds(compact));
            assertEquals(line, FusedEventJson.toLine(FusedEventJson.fromJson(FusedEventJson.parse(compact.toString()), f.reports())));
        }
        assertThrows(IllegalArgumentException.class, () -> FusedEventJson.fromLine("{not json"));
    }
}
