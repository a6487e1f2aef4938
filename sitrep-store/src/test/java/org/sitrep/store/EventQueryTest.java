package org.sitrep.store;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class EventQueryTest {
    @Test
    void badParametersAreRefusedWithTheirName() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withLimit(0));
        assertTrue(x.getMessage().contains("limit"));
        x = assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withMinPrecision(4));
        assertTrue(x.getMessage().contains("min_precision"));
        x = assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withDates(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 1, 1)));
        assertTrue(x.getMessage().contains("to"));
        x = assertThrows(IllegalArgumentException.class, () -> BoundingBox.parse("36,35,38"));
        assertTrue(x.getMessage().contains("bbox"));
        x = assertThrows(IllegalArgumentException.class, () -> BoundingBox.parse("36,37,38,35"));
        assertTrue(x.getMessage().contains("south"));
        assertThrows(IllegalArgumentException.class, () -> BoundingBox.parse("a,b,c,d"));
    }

    @Test
    void withersChangeOneFilter() {
        EventQuery q = EventQuery.all().withActor("Islamic State").withLimit(5);
        assertEquals("Islamic State", q.actor());
        assertEquals(5, q.limit());
        assertNull(q.withActor(null).actor());
        assertEquals(new BoundingBox(35.5, 32.3, 42.4, 37.4), BoundingBox.parse(" 35.5, 32.3,42.4 ,37.4"));
    }
}
