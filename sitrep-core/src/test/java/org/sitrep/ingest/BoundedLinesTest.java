package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedLinesTest {
    /** Produces {@code size} bytes of one letter on demand, never holding them. */
    static InputStream lazyLine(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                if (left <= 0) return -1;
                left--;
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
    }

    @Test
    void linesWithAndWithoutEndings() throws IOException {
        BoundedLines lines = new BoundedLines(new ByteArrayInputStream("one\r\ntwo\n\nlast".getBytes(StandardCharsets.UTF_8)), 100);
        List<String> seen = new ArrayList<>();
        BoundedLines.Line line;
        BoundedLines.Line last = null;
        while ((line = lines.next()) != null) {
            seen.add(new String(line.bytes(), StandardCharsets.UTF_8));
            last = line;
        }
        assertEquals(List.of("one", "two", "", "last"), seen);
        assertFalse(last.terminated());
        assertEquals(4, last.number());
    }

    @Test
    void hundredMegabyteLineIsSkippedQuicklyInBoundedMemory() {
        InputStream in = new SequenceInputStream(lazyLine(100L * 1024 * 1024),
                new ByteArrayInputStream("\nnext\n".getBytes(StandardCharsets.UTF_8)));
        BoundedLines lines = new BoundedLines(in, 1 << 20);
        BoundedLines.Line[] read = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new BoundedLines.Line[] {lines.next(), lines.next(), lines.next()});
        assertTrue(read[0].tooLong());
        assertEquals(100L * 1024 * 1024, read[0].length());
        assertEquals("next", new String(read[1].bytes(), StandardCharsets.UTF_8));
        assertEquals(2, read[1].number());
        assertNull(read[2]);
    }
}
