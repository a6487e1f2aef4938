package org.sitrep.server;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class ListingCursorTest {
    @Test
    void roundTripsAndRefusesForgeries() {
        ListingCursor c = new ListingCursor(LocalDate.of(2019, 1, 7), "F0123456789abcdef");
        assertEquals(c, ListingCursor.decode(c.encode()));
        assertTrue(ListingCursor.isWellFormed(c.encode()));
        for (String bad : new String[]{"", "x", "%%%", "MjAxOS0wMS0wNw", "bm8tYmFyLWF0LWFsbA", "MjAxOS0xMy0wMXxG"})
            assertFalse(ListingCursor.isWellFormed(bad), bad);
        assertEquals("cursor", assertThrows(BadParameter.class, () -> ListingCursor.decode("zz")).parameter());
    }
}
