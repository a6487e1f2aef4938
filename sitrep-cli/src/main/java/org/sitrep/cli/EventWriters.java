package org.sitrep.cli;

import org.sitrep.model.Event;
import org.sitrep.model.EventJson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes events in the formats the CLI offers. */
final class EventWriters {
    private EventWriters() {}

    static void write(String format, List<Event> events, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (format) {
            case "jsonl" -> {
                for (Event e : events) w.write(EventJson.toLine(e) + "\n");
            }
            default -> throw new IllegalArgumentException("format not available yet: " + format);
        }
        w.flush();
    }
}
