package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReadOptionsTest {
    @Test
    void defaultsAndCopies() {
        ReadOptions d = ReadOptions.defaults();
        assertNull(d.defaultPublished());
        assertEquals(5L * 1024 * 1024, d.maxDocumentBytes());
        ReadOptions o = d.withDefaultPublished(LocalDate.of(2017, 1, 31)).withMaxDocumentBytes(100).withMaxLineBytes(200);
        assertEquals(new ReadOptions(LocalDate.of(2017, 1, 31), 100, 200), o);
        assertThrows(IllegalArgumentException.class, () -> d.withMaxDocumentBytes(0));
    }
}
