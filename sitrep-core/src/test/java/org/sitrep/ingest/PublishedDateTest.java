package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishedDateTest {
    private static final LocalDate JAN_28 = LocalDate.of(2016, 1, 28);

    @Test
    void formatsOutletsUse() {
        assertEquals(JAN_28, PublishedDate.parse("2016-01-28"));
        assertEquals(JAN_28, PublishedDate.parse("2016-01-28T23:30:00+03:00")); // the outlet's own date
        assertEquals(JAN_28, PublishedDate.parse("2016-01-28T10:00:00Z"));
        assertEquals(JAN_28, PublishedDate.parse("2016-01-28 10:00:00 -0500"));
        assertEquals(JAN_28, PublishedDate.parse("2016/01/28"));
        assertEquals(JAN_28, PublishedDate.parse("20160128"));
        assertEquals(JAN_28, PublishedDate.parse("Thu, 28 Jan 2016 10:00:00 GMT"));
        assertEquals(JAN_28, PublishedDate.parse("January 28, 2016"));
        assertEquals(JAN_28, PublishedDate.parse("Jan. 28, 2016"));
        assertEquals(JAN_28, PublishedDate.parse("28 January 2016"));
        assertEquals(JAN_28, PublishedDate.parse("Thursday, 28th January 2016"));
    }

    @Test
    void absurdAndUnreadableDatesAreRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PublishedDate.parse("0000-01-01"))
                .getMessage().startsWith("absurd published date 0000-01-01"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PublishedDate.parse("2999-12-31T00:00:00Z"))
                .getMessage().startsWith("absurd published date"));
        assertEquals("unreadable published date '2016-02-30'",
                assertThrows(IllegalArgumentException.class, () -> PublishedDate.parse("2016-02-30")).getMessage());
        assertEquals("unreadable published date 'yesterday'",
                assertThrows(IllegalArgumentException.class, () -> PublishedDate.parse("yesterday")).getMessage());
        assertEquals("empty published date",
                assertThrows(IllegalArgumentException.class, () -> PublishedDate.parse(" ")).getMessage());
    }
}
