package org.sitrep.store.export;

import org.sitrep.fuse.FusedEvent;
import org.sitrep.model.Event;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** ACLED-compatible CSV (RFC 4180, UTF-8): the header of {@link AcledRows#header()}, one row per event. */
public final class AcledCsvExporter implements EventExporter {
    private final Writer out;
    private final AcledRows rows = new AcledRows();
    private int written;

    public AcledCsvExporter(Path file) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    public AcledCsvExporter(Writer out) throws IOException {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        line(AcledRows.header().stream().map(h -> (Object) h).toList());
    }

    @Override public void write(Event e) throws IOException { line(rows.row(e)); written++; }

    @Override public void write(FusedEvent f) throws IOException { line(rows.row(f)); written++; }

    @Override public int written() { return written; }

    @Override public int omitted() { return 0; }

    @Override public void close() throws IOException { out.close(); }

    private void line(List<Object> values) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(field(values.get(i)));
        }
        out.write(sb.append("\r\n").toString());
    }

    static String field(Object v) {
        if (v == null) return "";
        String s = v.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
