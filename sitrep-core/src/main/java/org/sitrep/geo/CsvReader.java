package org.sitrep.geo;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks), as the OCHA attribute files use. */
final class CsvReader {
    private final Reader in;
    private long line = 1;
    private long recordLine = 1;

    CsvReader(Reader in) { this.in = in; }

    /** The line the last record returned started on. */
    long recordLine() { return recordLine; }

    /** The next record, or null at the end. */
    List<String> next() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        recordLine = line;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int n = in.read();
                    if (n == '"') field.append('"');
                    else { quoted = false; if (n != -1) in.reset(); }
                } else {
                    if (ch == '\n') line++;
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                line++;
                fields.add(stripCr(field));
                return fields;
            } else {
                field.append(ch);
            }
        }
        if (!any) return null;
        fields.add(stripCr(field));
        return fields;
    }

    private static String stripCr(StringBuilder b) {
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
    }
}
