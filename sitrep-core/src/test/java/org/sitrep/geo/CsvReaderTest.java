package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {
    @Test void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        CsvReader r = new CsvReader(new BufferedReader(new StringReader("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n")));
        assertEquals(List.of("a", "b", "c"), r.next());
        assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), r.next());
        assertEquals(2, r.recordLine());
        assertEquals(List.of("last", "", ""), r.next());
        assertEquals(4, r.recordLine(), "the line the record started on, after a quoted line break");
        assertNull(r.next());
    }
}
