package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadErrorTest {
    @Test
    void isAlwaysOneLine() {
        ReadError e = new ReadError("evil\nname.txt", "not JSON (Unexpected character\r\nat line 2)");
        assertEquals("evil name.txt: not JSON (Unexpected character at line 2)", e.toString());
    }
}
