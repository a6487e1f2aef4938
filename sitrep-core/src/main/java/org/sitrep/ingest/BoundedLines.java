package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without ever holding more than one bounded line: a line longer
 * than the limit is skipped through (its bytes are counted, not kept), so a 100 MB single-line
 * file costs one buffer of memory.
 */
final class BoundedLines {
    /** One line; {@code bytes} is null when the line was longer than the limit. */
    record Line(long number, byte[] bytes, long length, boolean terminated) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long number;
    private boolean eof;

    BoundedLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its line ending, or null at the end of the stream. */
    Line next() throws IOException {
        if (eof && position >= limit) return null;
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        long length = 0;
        boolean overflow = false;
        while (true) {
            if (position >= limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    if (length == 0) return null;
                    number++;
                    return new Line(number, overflow ? null : stripCr(line.toByteArray()), length, false);
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') position++;
            int chunk = position - start;
            length += chunk;
            if (!overflow) {
                if (length > maxLineBytes) {
                    overflow = true;
                    line = null;
                } else {
                    line.write(buffer, start, chunk);
                }
            }
            if (position < limit) {
                position++; // the newline
                number++;
                return new Line(number, overflow ? null : stripCr(line.toByteArray()), length, true);
            }
        }
    }

    private static byte[] stripCr(byte[] bytes) {
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            byte[] shorter = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, shorter, 0, shorter.length);
            return shorter;
        }
        return bytes;
    }
}
