package org.sitrep.store.export;

import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.FusedEventJson;
import org.sitrep.model.Event;
import org.sitrep.model.EventJson;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** JSON Lines: a report as the EVENTS.md record, a fused event as its record with every report inside. */
public final class JsonlExporter implements EventExporter {
    private final Writer out;
    private int written;

    public JsonlExporter(Path file) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    public JsonlExporter(Writer out) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out);
    }

    @Override public void write(Event e) throws IOException { out.write(EventJson.toLine(e)); out.write('\n'); written++; }

    @Override public void write(FusedEvent f) throws IOException { out.write(FusedEventJson.toLine(f)); out.write('\n'); written++; }

    @Override public int written() { return written; }

    @Override public int omitted() { return 0; }

    @Override public void close() throws IOException { out.close(); }
}
